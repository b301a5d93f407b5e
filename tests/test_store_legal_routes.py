"""The web service serves the privacy policy and terms of use at the URLs skill.json names."""

from __future__ import annotations

import pytest
from ask_sdk_core.skill_builder import SkillBuilder

from skill.serving.config import ServeConfig
from skill.serving.legal_pages import legal_page
from skill.serving.webservice import create_app


@pytest.fixture(scope="module")
def client():
    return create_app(SkillBuilder().create(), ServeConfig()).test_client()


@pytest.mark.parametrize("page", ["privacy", "terms"])
def test_legal_pages_are_served_as_html_without_touching_the_skill(client, page):
    response = client.get(f"/{page}")
    assert response.status_code == 200
    assert response.content_type == "text/html; charset=utf-8"
    assert response.data == legal_page(page)


def test_legal_pages_answer_only_get(client):
    assert client.post("/privacy").status_code == 405
    assert client.get("/cookies").status_code == 404
