"""The people of a meeting as the roster has them: name, faglighed, role, seat, contact."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

ROLES = ("ordstyrer", "referent", "grænsevogter", "temaansvarlig", "deltager")
"""The roles the seeds give people in a meeting; `deltager` is everyone else."""
PARTICIPANT_FIELDS = ("name", "faglighed", "role", "email", "phone")


@dataclass(frozen=True)
class Participant:
    id: str
    name: str
    faglighed: str = ""
    role: str = "deltager"
    seat: int = 0
    email: str = ""
    phone: str = ""

    def to_data(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "faglighed": self.faglighed,
            "role": self.role,
            "seat": self.seat,
            "email": self.email,
            "phone": self.phone,
        }


def participant_from_data(data: Mapping[str, Any]) -> Participant | None:
    """A participant from `session.toml` or an event; None when it has no id or name."""
    participant_id, name = data.get("id"), data.get("name")
    if not isinstance(participant_id, str) or not isinstance(name, str) or not name.strip():
        return None
    seat = data.get("seat", 0)
    return Participant(
        id=participant_id,
        name=name.strip(),
        faglighed=str(data.get("faglighed") or ""),
        role=str(data.get("role") or "deltager"),
        seat=seat if isinstance(seat, int) and not isinstance(seat, bool) else 0,
        email=str(data.get("email") or ""),
        phone=str(data.get("phone") or ""),
    )
