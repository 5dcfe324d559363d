"""Find the SCO documents an article reports as adopted, signed, approved or planned.

Each document gets a normalised name and lookup key (so five outlets' reports are one document),
a type, a status, the meeting that adopted it when the text says so, and its evidence sentence.

Where things live (one place per concern):

- `mentions`: the walk over an article's sentences, statuses and SCO attribution;
- `names`, `names_latin`, `names_ru`, `names_zh`: document names per script/language;
- `keys`: document keys and display names;
- `meetings`: the meeting a document belongs to (council, venue, date);
- `base`: shared constants, sentences and their gazetteer matches.
"""

from pipeline.documents.base import DocumentMention, Meeting, sentences
from pipeline.documents.keys import document_key
from pipeline.documents.meetings import _date_in
from pipeline.documents.mentions import default_gazetteer, find_documents, tag_and_find

__all__ = [
    "DocumentMention",
    "Meeting",
    "_date_in",
    "default_gazetteer",
    "document_key",
    "find_documents",
    "sentences",
    "tag_and_find",
]
