"""Errors the knowledge base raises. Each names what a person must fix."""


class KbError(Exception):
    """The knowledge base files are broken: the message names the file, the entry and the problem.

    Raised while loading, so a bad file stops start-up instead of surfacing mid-conversation.
    """

    def __init__(self, file: str, entry: str, problem: str) -> None:
        self.file = file
        self.entry = entry
        self.problem = problem
        super().__init__(f"{file}: {entry}: {problem}")


class FactsError(ValueError):
    """A set of facts from a front end names an unknown fact or holds a value the question can't have."""
