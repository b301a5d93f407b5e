"""Intent names: the contract with the interaction model (one place, so a rename is one edit)."""

YES = "AMAZON.YesIntent"
NO = "AMAZON.NoIntent"
DONT_KNOW = "DontKnowIntent"
WHY = "WhyIntent"
ANSWER = "AnswerIntent"
DESCRIBE_PAIN = "DescribePainIntent"  # the one-shot start; carries the same slots as AnswerIntent
HELP = "AMAZON.HelpIntent"
REPEAT = "AMAZON.RepeatIntent"
START_OVER = "AMAZON.StartOverIntent"
STOP = "AMAZON.StopIntent"
CANCEL = "AMAZON.CancelIntent"
NAVIGATE_HOME = "AMAZON.NavigateHomeIntent"
FALLBACK = "AMAZON.FallbackIntent"

# Every intent the skill expects; anything else is handled like the fallback intent.
ALL = (YES, NO, DONT_KNOW, WHY, ANSWER, DESCRIBE_PAIN, HELP, REPEAT, START_OVER, STOP, CANCEL, NAVIGATE_HOME, FALLBACK)
