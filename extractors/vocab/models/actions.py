"""The model of ``actions.toml``: what keys it may have and how its patterns compile."""

from typing import Optional

from pydantic import model_validator

from extractors.vocab.fields import TokenPattern, VocabModel, unique


class ActionRule(VocabModel):
    name: str
    due: Optional[str] = None
    pattern: TokenPattern


class Actions(VocabModel):
    action: list[ActionRule]

    @model_validator(mode="after")
    def _names(self) -> "Actions":
        unique([a.name for a in self.action], "action names")
        return self
