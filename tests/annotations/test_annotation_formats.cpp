// Annotation exchange formats: W3C Web Annotation JSON-LD both ways, Markdown and CSV out. The
// texts put an emoji (outside the BMP) before the passages, so code points and UTF-16 differ and a
// position written in the wrong unit shows.
#include "annotations/annotation_exchange.h"
#include "text/code_points.h"
#include "text/text_normalizer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace dokhae;
using namespace dokhae::annotations;
using namespace Qt::StringLiterals;

namespace {

const QString kText = u"🚢 서론: 정부가 발표했다.\n반도체 수출 규제가 강화되었다 😀 업계는 우려한다.\n결론."_s;
const QString kPassage = u"반도체 수출 규제"_s;

QDateTime utc(const QString &iso)
{
    return QDateTime::fromString(iso, Qt::ISODateWithMs);
}

ExportedAnnotation exported(const QString &passage, const QString &note, const QStringList &tags)
{
    ExportedAnnotation e;
    Annotation &a = e.annotation;
    a.id = newAnnotationId();
    a.articleId = 7;
    a.start = kText.indexOf(passage);
    a.end = a.start + passage.size();
    a.quote = {passage, kText.mid(qMax(0, a.start - 32), qMin(a.start, 32)), kText.mid(a.end, 32)};
    a.color = u"red"_s;
    a.note = note;
    a.tags = tags;
    a.author = u"김분석"_s;
    a.created = utc(u"2024-03-01T09:15:30.123Z"_s);
    a.modified = utc(u"2024-03-02T10:00:00.987Z"_s);
    e.articleTitle = u"반도체 수출 규제 강화"_s;
    e.articleSource = u"연합뉴스"_s;
    e.published = QDate(2024, 2, 28);
    e.revisionSha = text::sha256Hex(kText);
    e.revisionText = kText;
    e.colorName = u"Important"_s;
    return e;
}

ExportedAnnotation commented()
{
    return exported(kPassage, u"근거로 쓸 것, \"중요\"\n두 번째 줄"_s, {u"근거"_s, u"수출 규제"_s});
}

QJsonObject parsed(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

QJsonArray itemsOf(const QByteArray &json)
{
    return parsed(json).value(u"first").toObject().value(u"items").toArray();
}

QJsonObject oneItem()
{
    return itemsOf(toW3cJsonLd({commented()})).first().toObject();
}

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson();
}

QByteArray json(const QJsonArray &array)
{
    return QJsonDocument(array).toJson();
}

// The item with its target's selectors replaced.
QJsonObject withSelectors(QJsonObject item, const QJsonArray &selectors)
{
    QJsonObject target = item.value(u"target").toObject();
    target.insert(u"selector"_s, selectors);
    item.insert(u"target"_s, target);
    return item;
}

QJsonObject quoteSelector()
{
    return {{u"type"_s, u"TextQuoteSelector"_s}, {u"exact"_s, kPassage}};
}

QJsonObject positionSelector(const QJsonValue &start, const QJsonValue &end)
{
    return {{u"type"_s, u"TextPositionSelector"_s}, {u"start"_s, start}, {u"end"_s, end}};
}

std::optional<ImportedAnnotation> readOne(const QJsonObject &item)
{
    QString error;
    const auto read = fromW3cJsonLd(json(item), &error);
    if (!read || read->size() != 1) {
        qWarning() << "refused:" << error;
        return std::nullopt;
    }
    return read->first();
}

} // namespace

class TestAnnotationFormats : public QObject
{
    Q_OBJECT

private slots:
    void jsonLdRoundTripKeepsEverything();
    void jsonLdFollowsTheDataModel();
    void highlightWithoutNoteOrTags();
    void positionLeftOutWhenTheTextDoesNotHoldIt();
    void passageAtTheStartHasNoPrefix();
    void singleAnnotationAndBareArrayAreRead();
    void otherToolsShapesAreRead();
    void emptyCollectionIsAnEmptyList();
    void refused_data();
    void refused();
    void tooManyItemsAreRefused();
    void oneBadItemRefusesTheWholeFile();
    void revisionIris();
    void annotationLinks();
    void markdownPerArticle();
    void csvForSpreadsheets();
};

void TestAnnotationFormats::jsonLdRoundTripKeepsEverything()
{
    const ExportedAnnotation original = commented();
    QString error;
    const auto read = fromW3cJsonLd(toW3cJsonLd({original}), &error);
    QVERIFY2(read, qPrintable(error));
    QCOMPARE(read->size(), 1);
    const ImportedAnnotation &back = read->first();
    const Annotation &a = original.annotation;
    QCOMPARE(back.annotation.id, a.id);
    QCOMPARE(back.annotation.quote, a.quote);
    QVERIFY(!a.quote.prefix.isEmpty() && !a.quote.suffix.isEmpty());
    QCOMPARE(back.annotation.note, a.note);
    QCOMPARE(back.annotation.tags, a.tags);
    QCOMPARE(back.annotation.color, a.color);
    QCOMPARE(back.annotation.author, a.author);
    QCOMPARE(back.annotation.created, a.created);
    QCOMPARE(back.annotation.modified, a.modified);
    QCOMPARE(back.annotation.modified.time().msec(), 987);
    QCOMPARE(back.revisionSha, original.revisionSha);
    // The emoji before the passage is two UTF-16 units and one code point.
    QCOMPARE(back.codePointStart, a.start - 1);
    QCOMPARE(back.codePointStart, text::utf16ToCodePoint(kText, a.start));
    QCOMPARE(back.codePointEnd, back.codePointStart + kPassage.size());
    QCOMPARE(back.annotation.articleId, 0);
}

void TestAnnotationFormats::jsonLdFollowsTheDataModel()
{
    const QByteArray out = toW3cJsonLd({commented(), exported(u"업계는 우려한다"_s, QString(), {})});
    const QJsonObject collection = parsed(out);
    QCOMPARE(collection.value(u"@context").toString(), u"http://www.w3.org/ns/anno.jsonld"_s);
    QCOMPARE(collection.value(u"type").toString(), u"AnnotationCollection"_s);
    QCOMPARE(collection.value(u"total").toInteger(), 2);
    QCOMPARE(collection.value(u"first").toObject().value(u"type").toString(), u"AnnotationPage"_s);

    const QJsonObject item = itemsOf(out).at(0).toObject();
    QCOMPARE(item.value(u"@context").toString(), u"http://www.w3.org/ns/anno.jsonld"_s);
    QCOMPARE(item.value(u"type").toString(), u"Annotation"_s);
    QVERIFY(item.value(u"id").toString().startsWith(u"urn:uuid:"));
    QCOMPARE(item.value(u"motivation").toString(), u"commenting"_s);
    QCOMPARE(item.value(u"created").toString(), u"2024-03-01T09:15:30.123Z"_s);
    QCOMPARE(item.value(u"creator").toObject().value(u"name").toString(), u"김분석"_s);

    const QJsonArray bodies = item.value(u"body").toArray();
    QCOMPARE(bodies.size(), 3);
    QCOMPARE(bodies.at(0).toObject().value(u"purpose").toString(), u"commenting"_s);
    QCOMPARE(bodies.at(0).toObject().value(u"format").toString(), u"text/markdown"_s);
    const auto tagging = std::count_if(bodies.begin(), bodies.end(), [](const QJsonValue &b) {
        return b.toObject().value(u"purpose").toString() == u"tagging" && b.toObject().value(u"type").toString() == u"TextualBody";
    });
    QCOMPARE(tagging, 2);

    const QJsonObject target = item.value(u"target").toObject();
    QVERIFY(target.value(u"source").toString().startsWith(u"ni:///sha-256;"));
    QCOMPARE(target.value(u"styleClass").toString(), u"red"_s);
    QCOMPARE(item.value(u"stylesheet").toObject().value(u"value").toString(), u".red { background-color: %1 }"_s.arg(colorHex(u"red"_s)));
    const QJsonArray selectors = target.value(u"selector").toArray();
    QCOMPARE(selectors.size(), 2);
    QCOMPARE(selectors.at(0).toObject().value(u"type").toString(), u"TextQuoteSelector"_s);
    QCOMPARE(selectors.at(0).toObject().value(u"exact").toString(), kPassage);
    QCOMPARE(selectors.at(1).toObject().value(u"type").toString(), u"TextPositionSelector"_s);
    QCOMPARE(selectors.at(1).toObject().value(u"start").toInteger(), kText.indexOf(kPassage) - 1);
}

void TestAnnotationFormats::highlightWithoutNoteOrTags()
{
    const QJsonObject item = itemsOf(toW3cJsonLd({exported(u"업계는 우려한다"_s, QString(), {})})).at(0).toObject();
    QCOMPARE(item.value(u"motivation").toString(), u"highlighting"_s);
    QVERIFY(!item.contains(u"body"));
    // Two emoji precede this passage.
    const QJsonObject position = item.value(u"target").toObject().value(u"selector").toArray().at(1).toObject();
    QCOMPARE(position.value(u"start").toInteger(), kText.indexOf(u"업계는") - 2);
}

void TestAnnotationFormats::positionLeftOutWhenTheTextDoesNotHoldIt()
{
    ExportedAnnotation e = commented();
    e.revisionText.clear();
    const QJsonObject item = itemsOf(toW3cJsonLd({e})).at(0).toObject();
    const QJsonArray selectors = item.value(u"target").toObject().value(u"selector").toArray();
    QCOMPARE(selectors.size(), 1);
    const auto back = readOne(item);
    QVERIFY(back);
    QCOMPARE(back->codePointStart, -1);
}

void TestAnnotationFormats::passageAtTheStartHasNoPrefix()
{
    const ExportedAnnotation e = exported(u"🚢 서론"_s, QString(), {});
    QVERIFY(e.annotation.quote.prefix.isEmpty());
    const QJsonObject item = itemsOf(toW3cJsonLd({e})).at(0).toObject();
    const QJsonArray selectors = item.value(u"target").toObject().value(u"selector").toArray();
    QVERIFY(!selectors.at(0).toObject().contains(u"prefix"));
    QCOMPARE(selectors.at(1).toObject().value(u"end").toInteger(), 4);
    const auto back = readOne(item);
    QVERIFY(back);
    QCOMPARE(back->annotation.quote, e.annotation.quote);
    QCOMPARE(back->codePointStart, 0);
    QCOMPARE(back->codePointEnd, 4);
}

void TestAnnotationFormats::singleAnnotationAndBareArrayAreRead()
{
    const QJsonObject item = oneItem();
    QString error;
    const auto single = fromW3cJsonLd(json(item), &error);
    QVERIFY2(single, qPrintable(error));
    QCOMPARE(single->size(), 1);
    QCOMPARE(single->first().annotation.quote.exact, kPassage);

    QJsonObject second = oneItem();
    second.insert(u"id"_s, u"urn:uuid:%1"_s.arg(newAnnotationId()));
    const auto array = fromW3cJsonLd(json(QJsonArray{item, second}), &error);
    QVERIFY2(array, qPrintable(error));
    QCOMPARE(array->size(), 2);

    const QJsonObject page{{u"type"_s, u"AnnotationPage"_s}, {u"items"_s, QJsonArray{item}}};
    const auto fromPage = fromW3cJsonLd(json(page), &error);
    QVERIFY2(fromPage, qPrintable(error));
    QCOMPARE(fromPage->size(), 1);
}

void TestAnnotationFormats::otherToolsShapesAreRead()
{
    // As other tools (or people) write them: a bare uuid, a single target with an array of
    // selectors led by one Dokhae ignores, a plain string body, a creator as a string, an unknown
    // style class, no modified date, a source as urn:sha256.
    const QString uuid = newAnnotationId();
    const QString sha = text::sha256Hex(kText);
    const QJsonObject item{
        {u"type"_s, QJsonArray{u"Annotation"_s}},
        {u"id"_s, uuid.toUpper()},
        {u"body"_s, u"메모"_s},
        {u"creator"_s, u"홍길동"_s},
        {u"created"_s, u"2023-01-05T12:00:00+09:00"_s},
        {u"target"_s, QJsonArray{u"https://example.org/page"_s,
                                 QJsonObject{{u"source"_s, u"urn:sha256:"_s + sha.toUpper()},
                                             {u"styleClass"_s, u"hotpink"_s},
                                             {u"selector"_s, QJsonArray{QJsonObject{{u"type"_s, u"RangeSelector"_s}},
                                                                       quoteSelector()}}}}},
    };
    const auto back = readOne(item);
    QVERIFY(back);
    QCOMPARE(back->annotation.id, uuid);
    QCOMPARE(back->annotation.note, u"메모"_s);
    QCOMPARE(back->annotation.author, u"홍길동"_s);
    QCOMPARE(back->annotation.color, defaultColorKey());
    QCOMPARE(back->annotation.created, utc(u"2023-01-05T03:00:00Z"_s));
    QCOMPARE(back->annotation.modified, back->annotation.created);
    QCOMPARE(back->revisionSha, sha);
    QCOMPARE(back->codePointStart, -1);

    // Tags under the tagging motivation, bodies without purpose, normalized and deduplicated.
    QJsonObject tagged = item;
    tagged.insert(u"motivation"_s, u"tagging"_s);
    tagged.insert(u"body"_s, QJsonArray{QJsonObject{{u"value"_s, u"  수출   규제 "_s}},
                                       QJsonObject{{u"type"_s, u"TextualBody"_s}, {u"value"_s, u"수출 규제"_s}},
                                       QJsonObject{{u"type"_s, u"TextualBody"_s}, {u"value"_s, u"노트"_s}, {u"purpose"_s, QJsonArray{u"commenting"_s}}}});
    const auto tags = readOne(tagged);
    QVERIFY(tags);
    QCOMPARE(tags->annotation.tags, QStringList{u"수출 규제"_s});
    QCOMPARE(tags->annotation.note, u"노트"_s);
}

void TestAnnotationFormats::emptyCollectionIsAnEmptyList()
{
    QString error;
    const auto ours = fromW3cJsonLd(toW3cJsonLd({}), &error);
    QVERIFY2(ours, qPrintable(error));
    QVERIFY(ours->isEmpty());
    const auto bare = fromW3cJsonLd(R"({"type": "AnnotationCollection", "total": 0})", &error);
    QVERIFY2(bare, qPrintable(error));
    QVERIFY(bare->isEmpty());
}

void TestAnnotationFormats::refused_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("mentions");

    const QJsonObject item = oneItem();
    QJsonObject noTarget = item;
    noTarget.remove(u"target"_s);
    QJsonObject badId = item;
    badId.insert(u"id"_s, u"urn:uuid:not-a-uuid"_s);
    QJsonObject noId = item;
    noId.remove(u"id"_s);
    QJsonObject badDate = item;
    badDate.insert(u"modified"_s, u"yesterday"_s);
    QJsonObject notAnnotation = item;
    notAnnotation.insert(u"type"_s, u"Note"_s);
    QJsonObject numberNote = item;
    numberNote.insert(u"body"_s, QJsonObject{{u"type"_s, u"TextualBody"_s}, {u"value"_s, 42}});

    QByteArray png("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01", 20);  // the literal is 20 bytes
    QTest::newRow("not JSON") << QByteArray("annotations: none") << u"not JSON"_s;
    QTest::newRow("empty file") << QByteArray() << u"not JSON"_s;
    QTest::newRow("PNG") << png << u"not JSON"_s;
    QTest::newRow("deeply nested") << QByteArray(100'000, '[') + QByteArray(100'000, ']') << u"not JSON"_s;
    QTest::newRow("other JSON") << QByteArray(R"({"title": "notes", "items": []})") << u"no Web Annotations"_s;
    QTest::newRow("array of other objects") << QByteArray(R"([{"a": 1}])") << u"not of type Annotation"_s;
    QTest::newRow("other type alone") << json(notAnnotation) << u"no Web Annotations"_s;
    QTest::newRow("other type in a list") << json(QJsonArray{notAnnotation}) << u"not of type Annotation"_s;
    QTest::newRow("no target") << json(noTarget) << u"TextQuoteSelector"_s;
    QTest::newRow("no quote selector") << json(withSelectors(item, {positionSelector(1, 2)})) << u"TextQuoteSelector"_s;
    QTest::newRow("empty quote")
        << json(withSelectors(item, {QJsonObject{{u"type"_s, u"TextQuoteSelector"_s}, {u"exact"_s, QString()}}}))
        << u"quotes nothing"_s;
    QTest::newRow("quote not text")
        << json(withSelectors(item, {QJsonObject{{u"type"_s, u"TextQuoteSelector"_s}, {u"exact"_s, 3}}})) << u"exact"_s;
    QTest::newRow("huge quote")
        << json(withSelectors(item, {QJsonObject{{u"type"_s, u"TextQuoteSelector"_s}, {u"exact"_s, QString(2'000'000, u'가')}}}))
        << u"longer than"_s;
    QTest::newRow("bad id") << json(badId) << u"UUID"_s;
    QTest::newRow("no id") << json(noId) << u"UUID"_s;
    QTest::newRow("bad date") << json(badDate) << u"yesterday"_s;
    QTest::newRow("note not text") << json(numberNote) << u"value"_s;
    QTest::newRow("negative position") << json(withSelectors(item, {quoteSelector(), positionSelector(-1, 4)})) << u"start"_s;
    QTest::newRow("fractional position") << json(withSelectors(item, {quoteSelector(), positionSelector(1, 4.5)})) << u"end"_s;
    QTest::newRow("position as text") << json(withSelectors(item, {quoteSelector(), positionSelector(u"1"_s, 4)})) << u"start"_s;
    QTest::newRow("start after end") << json(withSelectors(item, {quoteSelector(), positionSelector(9, 4)})) << u"after it ends"_s;
    QTest::newRow("linked first page")
        << QByteArray(R"({"type": "AnnotationCollection", "total": 3, "first": "https://example.org/page1"})") << u"not in the file"_s;
}

void TestAnnotationFormats::refused()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, mentions);
    QString error;
    const auto read = fromW3cJsonLd(data, &error);
    QVERIFY(!read);
    QVERIFY2(error.contains(mentions), qPrintable(error));
}

void TestAnnotationFormats::tooManyItemsAreRefused()
{
    QByteArray many = "[";
    for (int i = 0; i < 1'000'001; ++i)
        many += "{},";
    many.back() = ']';
    QString error;
    QVERIFY(!fromW3cJsonLd(many, &error));
    QVERIFY2(error.contains(u"at most"), qPrintable(error));
}

void TestAnnotationFormats::oneBadItemRefusesTheWholeFile()
{
    QJsonObject bad = oneItem();
    bad.insert(u"created"_s, u"2024-02-30T00:00:00Z"_s);
    QString error;
    QVERIFY(!fromW3cJsonLd(json(QJsonArray{oneItem(), oneItem(), bad}), &error));
    QVERIFY2(error.contains(u"Annotation 3 of 3") && error.contains(u"items[2]"), qPrintable(error));
}

void TestAnnotationFormats::revisionIris()
{
    const QString sha = text::sha256Hex(kText);
    const QString iri = revisionSourceIri(sha);
    QVERIFY(iri.startsWith(u"ni:///sha-256;"));
    QCOMPARE(iri.size(), 14 + 43);  // 32 bytes in base64url, no padding
    QVERIFY(!iri.contains(u'=') && !iri.contains(u'+') && !iri.mid(14).contains(u'/'));
    QCOMPARE(revisionShaFromIri(iri), sha);
    QCOMPARE(revisionShaFromIri(u"ni://example.org/sha-256;"_s + iri.mid(14) + u"?ct=text/plain"_s), sha);
    QCOMPARE(revisionShaFromIri(u"urn:sha256:"_s + sha), sha);
    // RFC 6920's own example.
    QCOMPARE(revisionShaFromIri(u"ni:///sha-256;UyaQV-Ev4rdLoHyJJWCi11OHfrYv9E1aGQAlMO2X_-Q"_s),
             u"53269057e12fe2b74ba07c892560a2d753877eb62ff44d5a19002530ed97ffe4"_s);

    QVERIFY(revisionSourceIri(u"xyz"_s).isEmpty());
    for (const QString &garbage : {u""_s, u"ni:///sha-256;"_s, u"ni:///sha-256;abc"_s, u"ni:///md5;"_s + iri.mid(14),
                                   u"ni:///sha-256;"_s + iri.mid(14, 42) + u'!', u"urn:sha256:1234"_s,
                                   u"urn:sha256:"_s + QString(64, u'g'), u"https://example.org/"_s}) {
        QVERIFY2(!revisionShaFromIri(garbage), qPrintable(garbage));
    }
}

void TestAnnotationFormats::annotationLinks()
{
    const QString id = newAnnotationId();
    const QString link = annotationLink(id);
    QCOMPARE(link, u"dokhae://annotation/"_s + id);
    QCOMPARE(annotationIdFromLink(link), id);
    QCOMPARE(annotationIdFromLink(u"DOKHAE://Annotation/"_s + id.toUpper()), id);
    QVERIFY(!annotationIdFromLink(u"dokhae://annotation/"_s));
    QVERIFY(!annotationIdFromLink(u"dokhae://annotation/not-an-id"_s));
    QVERIFY(!annotationIdFromLink(u"dokhae://article/"_s + id));
    QVERIFY(!annotationIdFromLink(u"https://example.org/"_s + id));
}

void TestAnnotationFormats::markdownPerArticle()
{
    ExportedAnnotation later = exported(u"업계는 우려한다"_s, QString(), {});
    ExportedAnnotation first = commented();
    first.annotation.quote.exact = u"반도체 수출 규제\n# 둘째 줄"_s;
    ExportedAnnotation orphan = exported(u"결론"_s, u"사라진 문단"_s, {});
    orphan.annotation.orphan = true;
    orphan.annotation.start = 0;  // before the others, yet listed after them
    ExportedAnnotation other = exported(u"서론"_s, QString(), {});
    other.annotation.articleId = 8;
    other.articleTitle = u"다른 기사"_s;
    other.published = QDate();

    const QString md = toMarkdown({later, orphan, other, first});
    QVERIFY(md.startsWith(u"# 반도체 수출 규제 강화\n\n연합뉴스 · 2024-02-28\n\n"));
    QVERIFY2(md.contains(u"> 반도체 수출 규제\n> # 둘째 줄\n\n근거로 쓸 것, \"중요\"\n두 번째 줄\n\n"), qPrintable(md));
    QVERIFY(md.contains(u"**Tags:** #근거 #수출_규제"));
    QVERIFY(md.contains(u"**Color:** Important"));
    QVERIFY(md.contains(u"[Open in Dokhae](dokhae://annotation/%1)"_s.arg(first.annotation.id)));
    // Reading order within the article, then its orphans, then the next article.
    const qsizetype firstAt = md.indexOf(u"> 반도체");
    const qsizetype laterAt = md.indexOf(u"> 업계는");
    const qsizetype orphanHeading = md.indexOf(u"## Orphaned (passage no longer in the article)");
    const qsizetype orphanAt = md.indexOf(u"> 결론");
    const qsizetype otherAt = md.indexOf(u"# 다른 기사\n\n연합뉴스\n\n> 서론");
    QVERIFY2(firstAt > 0 && firstAt < laterAt && laterAt < orphanHeading && orphanHeading < orphanAt && orphanAt < otherAt,
             qPrintable(md));
    QCOMPARE(md.count(u"## Orphaned"), 1);
    QVERIFY(md.endsWith(u")\n") && !md.endsWith(u"\n\n"));
}

void TestAnnotationFormats::csvForSpreadsheets()
{
    const ExportedAnnotation a = commented();
    ExportedAnnotation b = exported(u"업계는 우려한다"_s, QString(), {});
    b.annotation.orphan = true;
    const QByteArray csv = toCsv({a, b});
    QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
    const QString text = QString::fromUtf8(csv.mid(3));
    QVERIFY(text.startsWith(u"id,article_id,article_title,quote,note,tags,color,color_name,start,end,orphan,author,created,modified,link\r\n"));
    QVERIFY(text.endsWith(u"\r\n"));
    const qsizetype start = text::utf16ToCodePoint(kText, a.annotation.start);
    const QString firstRow = u"%1,7,반도체 수출 규제 강화,반도체 수출 규제,\"근거로 쓸 것, \"\"중요\"\"\n두 번째 줄\",근거; 수출 규제,red,Important,%2,%3,false,김분석,2024-03-01T09:15:30.123Z,2024-03-02T10:00:00.987Z,dokhae://annotation/%1\r\n"_s
                                 .arg(a.annotation.id).arg(start).arg(start + kPassage.size());
    QVERIFY2(text.contains(firstRow), qPrintable(text));
    QVERIFY(text.contains(u",true,김분석,"));
    // Header, two rows: the line break inside the quoted note is not a row of its own.
    QCOMPARE(text.count(u"\r\n"), 3);
}

QTEST_GUILESS_MAIN(TestAnnotationFormats)
#include "test_annotation_formats.moc"
