"""compare (the `diff` verb): two Documents -> what changed, task by task.

fold (what is the same thing written otherwise) -> align (which tasks correspond: pairs,
merges, splits) -> labels (what changed in each) -> run (the ``Diff``: records, moved
sentences, sections, ``outside`` the items) -> report / html (Markdown, JSON, the redline).
"""
