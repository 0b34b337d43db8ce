"""compare (the `diff` verb): two Documents -> what changed, task by task.

fold (the same thing written otherwise) -> nodes (the items of each side) -> align (which
tasks correspond: pairs, merges, splits) -> labels (what changed in each) -> run (the
``Diff``: records, moved sentences, sections, ``outside`` the items) -> report / html
(Markdown, JSON, the redline).
"""
