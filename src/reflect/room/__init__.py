"""The room (#18): a small web server on the facilitator's own machine where participants add
their own points from a phone or laptop. Nothing listens until a facilitator opens a room.

The values (`RoomQuestion`, `IncomingPoint`, `ConfidenceCounts`, `RoomError`,
`PortTaken`, `CertificateUnusable`) are light; `Room`,
`qr_text` and `address_choices` load the web server, QR and network libraries the first time
they are used, so importing this package at start-up costs nothing."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

from reflect.room.contract import (
    CertificateUnusable,
    ConfidenceCounts,
    IncomingPoint,
    PortTaken,
    RoomError,
    RoomQuestion,
)

if TYPE_CHECKING:
    from reflect.room.addresses import address_choices
    from reflect.room.qr import qr_text
    from reflect.room.server import Room

__all__ = ["CertificateUnusable", "ConfidenceCounts", "IncomingPoint", "PortTaken", "Room",
           "RoomError", "RoomQuestion", "address_choices", "qr_text"]

_LAZY = {"Room": "reflect.room.server", "qr_text": "reflect.room.qr",
         "address_choices": "reflect.room.addresses"}


def __getattr__(name: str) -> object:
    if name in _LAZY:
        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
