"""The parse stages, in order: read (bytes -> Source) -> clean (pinyin stripped) -> lines ->
layout (the notice's regions and parts) -> notice (head fields) -> tree (numbered items) ->
clauses (units) -> targets (amounts and deadlines) -> build (-> models.Document)."""
