"""Output stage: the words people read for planparse's values (role labels of the 任务分工表)."""
from __future__ import annotations

# a unit's role as a 任务分工表 writes it: the one place the labels for people are kept
ROLE_LABELS = {"lead": "牵头", "support": "配合", "guide": "指导", "responsible": "责任"}
