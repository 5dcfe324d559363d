"""Round 17: the SCO's names missed in blind set 16's reports (pipeline/data/gazetteers/sco.toml).

Every text here was written by the lead for these tests, in the constructions of the set's
reports (no real report copied).
"""

from __future__ import annotations

from pipeline.tagging import tag_article


def test_the_marathi_and_sindhi_names(gaz) -> None:
    assert tag_article(gaz, "", "शांघाय सहकार्य संघटनेची बैठक तिआंजिन येथे होत आहे.",
                       language="mr").sco_relevant
    assert tag_article(gaz, "", "شنگهائي سهڪار تنظيم جي اجلاس ۾ نمائندا پهچي ويا آهن.",
                       language="sd").sco_relevant
    assert not tag_article(gaz, "", "मुंबईत आज मुसळधार पाऊस झाला.", language="mr").sco_relevant
