"""compare (the `diff` verb): two Documents -> what changed, task by task (align matches them, report renders it)."""
