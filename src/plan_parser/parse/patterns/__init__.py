"""Every regular expression of the structure stages, named, with what it must (not) match.

The patterns run on a *folded view* of each line (see ``fold``): full-width ASCII
and spaces made half-width, and the traditional forms of the keyword characters
made simplified, one character for one, so offsets in the view are offsets in the
text as written. Each pattern is therefore written once, in simplified characters
with half-width punctuation, and still matches ``（責任單位：`` and ``(责任单位:``.
Pinyin annotations have been stripped before any of these run (``clean``).

A long pattern is written in verbose mode (``regex.X``), a branch or part per line with a
comment. regex's verbose mode drops every whitespace character outside ``[...]`` (the ASCII
space and U+3000 alike) and reads ``#`` there as a comment: a literal space is written ``[ ]``
or ``\\x20``, a literal ``#`` as ``\\#`` or ``[#]`` (inside ``[...]`` both are kept). A piece
put into a verbose pattern (a vocabulary such as ``ISSUING_KINDS``, another pattern's
``.pattern``) must hold neither; a pattern built on a verbose one's source is verbose too
(``DOC_NUMBER_LINE``). ``tests/test_patterns_verbose.py`` proves each rewrite against the
one-line source it replaced.
"""
from __future__ import annotations

from .. import lazy_regex as regex  # patterns compiled on first use, not at import
from .text import (  # noqa: F401 (re-exported: P.NAME)
    FOLD, UNREADABLE_DIGIT, fold, CN_NUM, CN_DIGIT, MARKUP, SENTENCE_END, TITLE_STOP,
)
from .tree import (  # noqa: F401 (re-exported: P.NAME)
    MARKERS, RUN_ON_MARKER,
)
from .lines import (  # noqa: F401 (re-exported: P.NAME)
    FLAT_ATTACHMENT_LIST, FLAT_ATTACHMENT_HEAD, FLAT_RECORD, FLAT_CC, FLAT_DATED_PRINTED, FLAT_SIGNATURE, FLAT_SIGNATURE_DAY, FLAT_NAMED_DATE, NAME_RUN_END,
    FLAT_PRINTED, FLAT_TRAILER, FLAT_OUTLINE_HEADING, CHAPTER_ARTICLE, ISSUING_KINDS, FLAT_TITLE_END,
    FLAT_KIND_DOCNO,
)
from .layout import (  # noqa: F401 (re-exported: P.NAME)
    DOC_NUMBER, HAN_START, DOC_NUMBER_YEAR, URGENCY, TELEGRAM_NUMBER, ORG_NAME_END, HEAD_MARK, MARK_END,
    AUTHORITY_END, ISSUER_MARK, DOC_NUMBER_LINE, BRACKETED_DOC_NUMBER_LINE, PUBLISHED_ORDER_LINE, TITLE_ISSUER, ORDER_NUMBER,
    ORDER_MARK, DATE_LINE, ISSUER_DATE_LINE, PERIOD_LINE, DOC_KIND, NOTICE_KIND, TITLE_NOISE, bare_title,
    MD_FENCE, MD_QUOTE, MD_HEADING, FRONT_MATTER_MAX, FRONT_MATTER_FIELD, CONTENTS_HEAD, CONTENTS_TAIL,
    CONTENTS_MAX, TITLE_TAIL, ISSUING_TITLE, ISSUING_TAIL, ISSUED_TITLE, ISSUES_VERB, PERIOD, ADDRESSEES,
    ATTACHMENT_LIST, ATTACHMENT_ITEM, LISTED_ATTACHMENT, LISTED_ATTACHMENT_GLUED, ATTACHMENT_HEAD, ATTACHMENT_HEAD_COLON, FILE_EXT, NOTE_LINE, CC_LINE,
    PRINTED_LINE, SIGNER, PUBLICATION_KEYSET, PUBLICATION_FIELD, PUBLICATION_LINE, PAGE_TRAILER, CONSULT_LINE,
    JOINT_ISSUER_CUT, ISSUER_LINE,
    FLAT_GLUED_SIGNATURE, FLAT_SIGNATURE_CUE, FLAT_ADDRESSED_TITLE_END, FLAT_SIGNER, SEAL_PROXY, ENTERPRISE_MARK, REPEATED_MARK, ATTACHMENT_RUN_ON, SALUTATION, ANY_DATE,
    PRINTING_OFFICE, GLUED_PRINTED_DATE, FLAT_MINUTES_HEAD, MINUTES_MARK, MINUTES_NUMBER,
    BROWSER_TITLE, BREADCRUMB, BREADCRUMB_STEP, PORTAL_DATE_LINE, TITLE_DOCNO, MATTER_MARK,
)
from .clauses import (  # noqa: F401 (re-exported: P.NAME)
    VERB_ROLES, LABEL_ROLES, NON_UNIT_LABELS, ROLE_LABEL, GLUED_LABEL, SENTENCE_LEAD, ELIDED_NAME, ROLE_VERB,
    ROLE_ADVERB, NAME_ROLE, QUALIFIER, DEADLINE_PHRASE, TRAILING_ETC, ETC_JOIN, LEAD_FIRST_RULE,
    STANDING_UNITS, CLAUSE_REMARK, NAME_ASIDE, PROSE_DUTY, PROSE_HINT, PROSE_LEAD, DUTY_HEAD, DIVISION_NUMBER,
    DIVISION_TASK, DIVISION_TIME, GRID_ROW, GRID_BAR, GRID_RULE, HEADER_NOTE, EMPTY_CELL, LIST_SEP, UNIT_CONJ,
    UNIT_END, TIER_ONLY, BARE_TIER, NOT_A_NAME, GENERIC_UNIT, PROSE_BY, SECTION_ROW,
)
from .targets import (  # noqa: F401 (re-exported: P.NAME)
    TARGET_UNITS, TARGET_NUMBER, BANDWIDTH_UNITS, BANDWIDTH_CONTEXT, BARE_SCALE, CN_TARGET_NUMBER,
    NOT_MEASURE, ANY_NUMBER, ANY_CN_MARK, ANY_DIGIT, ANY_BARE_SCALE, ANY_CN_NUMERAL, DOUBLING,
    COMPARATOR_BEFORE, COMPARATOR_AFTER, SIZE_CLASS_AFTER, COUNT_UNIT_END, LIST_GAP, RESPECTIVELY_BEFORE,
    POLICY_SENTENCE, DEFINITION, GRANT,
    GRANT_OPEN, CONDITION_OPEN, CONDITION_CLAUSE, CONDITION_OF, THRESHOLD_AFTER, COUNT_CLASS_AFTER,
    CONDITION_BEFORE, APPLIED_RATE_BEFORE, EXISTING_SET_BEFORE, FOCUS_SET_BEFORE, FOCUS_VERB,
    NAMED_CAPACITY_UNITS, NAMED_CAPACITY_VERB, NAMED_CAPACITY_AFTER, NOUN_AFTER, GOAL_VERB, BATCH_BEFORE,
    BATCH_CLASS_AFTER, LEVEL_NORM_AFTER, YEAR_BEFORE, CATALOGUE_BEFORE, GRADE_AFTER, RADIUS_UNITS,
    RADIUS_AFTER, LIST_POINTER_BEFORE, EITHER_MORE_AFTER, EITHER_MORE_BEFORE, INCIDENT_CLAUSE, INCIDENT_CAUSE,
    PRESENT_STATE, STATE_GOAL, CAPACITY_CLASS_AFTER, SUBJECT_ORDER_AFTER, IDENTIFIED_BEFORE, INCLUSIVE_BEFORE,
    ALLOCATION_AFTER, FORECAST, VOUCHER_AFTER, INDICATOR_LEAD, INDICATOR_TAIL, INDICATOR_NOUN_AFTER,
    CHANGE_VERB, LEVEL_VERB, PARAMETER_CONTEXT, DEADLINE_DATE, PAST_SECTION, STANDALONE_HEADING,
    STATISTICS_DOCUMENT, RECURRING, BASELINE_BEFORE, BASELINE_AFTER, TASK_DUE, DATE_ONLY, DEADLINE_MONTH,
    FIVE_YEAR_PLAN,
    DEADLINE_SPAN, DEADLINE_THIS_YEAR, ANY_PERIOD, OPENING_LEAD, WINDOW_BEFORE, LIST_LEAD, START_YEAR,
    YEAR_NAMED, ANNUAL, ONGOING, SENTENCE_SPLIT, SEGMENT_SPLIT, ANY_MASKED, MASKED,
    DEADLINE_QUARTER, REVIEW_HEADING, PLAN_YEAR_HEADING, COMPOSITION_BEFORE, COMPOSITION_TITLE,
    CHOICE_BEFORE,
)

regex.rehome(globals())  # a pattern compiled is then the real pattern under its name here too

import sys as _sys  # noqa: E402

# every pattern above by its re twin where re reads it alike, else the pattern itself (lazy_regex.Twins,
# each made on first use): for the patterns a stage calls thousands of times on short texts
RE = regex.Twins(_sys.modules[__name__])
