"""Models shared by several apps. Each lives in its own module and is registered here."""

from .audit import AuditEntry
from .security import SecurityEvent

__all__ = ["AuditEntry", "SecurityEvent"]
