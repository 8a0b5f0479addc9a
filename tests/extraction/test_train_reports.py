"""Training the sentence model from the project's own sentences."""

import json

import pytest

from marsad.extraction.reports import ReportModel
from marsad.extraction.train_reports import features_of, main, read_sentences

pytest.importorskip("sklearn")

REPORTS = [
    "قتل مسلحون مجهولون ثلاثة جنود في هجوم على حاجز للجيش قرب الموصل أمس.",
    "انفجرت سيارة مفخخة في سوق شعبي وسط بغداد صباح اليوم ما أدى إلى مقتل سبعة أشخاص.",
    "اغتال مسلحون ضابطا في الشرطة أمام منزله في حي الجامعة غرب بغداد مساء الأحد.",
    "قصفت طائرات حربية مواقع للمسلحين في ريف إدلب فجر الثلاثاء وقتلت عشرة منهم.",
    "خطف مسلحون مهندسين أجنبيين على الطريق بين صنعاء ومأرب صباح أمس.",
    "هاجم انتحاري يقود شاحنة مفخخة مقرا للشرطة في تكريت فقتل خمسة من عناصرها.",
]
REFERENCES = [
    "ودان الوزير في بيان التفجير الذي وقع الأسبوع الماضي ودعا إلى الوحدة الوطنية.",
    "وتراجع عدد الهجمات في المحافظة بنسبة كبيرة خلال العام الماضي بحسب تقرير رسمي.",
    "وقضت المحكمة بسجن متهمين بتهمة الضلوع في خطف السياح قبل عامين.",
    "وحذر الخبراء من أن البلاد قد تتعرض لهجمات جديدة إذا تأخرت الحكومة في الإصلاح.",
    "وشن النائب هجوما لاذعا على الحكومة بسبب ارتفاع الأسعار وتراجع الخدمات.",
    "وتحدث الكاتب عن تاريخ الاغتيالات السياسية في المنطقة منذ القرن الماضي.",
]


def write_sentences(folder, name="assault_test.jsonl"):
    folder.mkdir(exist_ok=True)
    rows = [{"text": t, "label": 1, "kind": "incident"} for t in REPORTS] + \
           [{"text": t, "label": 0, "kind": "reference"} for t in REFERENCES]
    (folder / name).write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", "utf-8")


def test_sentences_are_read_by_type_from_the_file_name(tmp_path):
    write_sentences(tmp_path)
    rows = read_sentences(tmp_path)
    assert set(rows) == {"ASSAULT"}
    assert sum(label for _, label in rows["ASSAULT"]) == len(REPORTS)


def test_a_malformed_line_is_named(tmp_path):
    (tmp_path / "protest.jsonl").write_text('{"text": "تظاهر المئات", "label": 1}\n{"text": 1\n', "utf-8")
    with pytest.raises(ValueError, match="protest.jsonl:2"):
        read_sentences(tmp_path)


def test_an_empty_folder_is_an_error(tmp_path, capsys):
    assert main(["--data", str(tmp_path), "--output", str(tmp_path / "m.json")]) == 1
    assert "no training sentences" in capsys.readouterr().err


def test_the_trained_model_separates_its_sentences_and_loads_without_sklearn(tmp_path, capsys):
    write_sentences(tmp_path / "data")
    output = tmp_path / "model.json"
    assert main(["--data", str(tmp_path / "data"), "--output", str(output)]) == 0
    assert "ASSAULT: 12 sentences (6 reports)" in capsys.readouterr().err
    loaded = ReportModel.load(output)
    assert loaded.sentences == {"ASSAULT": 12}
    assert loaded.describe() == "sentence model: ASSAULT (12 training sentences)"
    model = loaded.types["ASSAULT"]
    for text in REPORTS:
        assert model.probability(features_of(text, "ASSAULT")) > 0.5, text
    for text in REFERENCES:
        assert model.probability(features_of(text, "ASSAULT")) < 0.5, text
