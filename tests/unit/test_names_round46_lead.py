"""Round 46 (the lead's reader check of blind set 35): the SCO's two founding documents of 15 June
2001, reported only in Chinese, are shown to a reader under their English names (known documents
in pipeline/data/gazetteers/documents.toml), keyed as before. The sentence is written by the
scowatch developers after the Chinese chronologies of blind set 35."""

from __future__ import annotations

from datetime import date

from pipeline.documents import find_documents

CHRONOLOGY = ("上海合作组织成立20周年回顾：2001年6月15日，六国元首在上海签署了"
              "《上海合作组织成立宣言》和《打击恐怖主义、分裂主义和极端主义上海公约》。"
              "上海合作组织由此成立。")


def test_the_founding_documents_have_their_english_names() -> None:
    mentions = find_documents("上海合作组织成立", CHRONOLOGY, date(2001, 6, 16))
    found = {m.key: m.name for m in mentions}
    assert found == {
        "declaration establishment":
            "Declaration on the Establishment of the Shanghai Cooperation Organisation",
        "convention countering extremism separatism shanghai terrorism":
            "Shanghai Convention on Combating Terrorism, Separatism and Extremism",
    }


def test_the_russian_convention_keys_with_its_english_name() -> None:
    text = ("15 июня 2001 года в Шанхае главы шести государств подписали Шанхайскую конвенцию о "
            "борьбе с терроризмом, сепаратизмом и экстремизмом.")
    names = {m.name for m in find_documents("Шанхайская организация сотрудничества",
                                            "Шанхайская организация сотрудничества. " + text,
                                            date(2001, 6, 16))}
    assert "Shanghai Convention on Combating Terrorism, Separatism and Extremism" in names
