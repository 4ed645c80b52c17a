#include "entities/tagger/ner_corpus.h"

#include <QFile>

namespace dokhae::entities {

namespace {

// The Begin label of a kind and the Inside label that continues it.
std::pair<NerLabel, NerLabel> labelsOfKind(QStringView kind)
{
    const NerLabel begin = nerLabelFromTag(QStringLiteral("B-") + kind.toString());
    return {begin, nerLabelFromTag(QStringLiteral("I-") + kind.toString())};
}

void appendLabelled(NerSentence &sentence, QStringView text, NerLabel begin, NerLabel inside)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        sentence.text.append(text.at(i));
        sentence.labels.append(i == 0 ? begin : inside);
    }
}

} // namespace

QList<NerSentence> parseKlueNer(QStringView content, QString *error)
{
    QList<NerSentence> sentences;
    NerSentence current;
    auto finish = [&] {
        if (!current.text.isEmpty())
            sentences.append(current);
        current = {};
    };
    qsizetype lineNumber = 0;
    for (QStringView line : content.split(u'\n')) {
        ++lineNumber;
        if (line.endsWith(u'\r'))
            line.chop(1);
        if (line.startsWith(u"## ")) {
            // "## klue-ner-v1_dev_00000-wikitree<TAB>…" names the sentence that follows.
            if (const qsizetype tab = line.indexOf(u'\t'); tab > 3 && current.text.isEmpty())
                current.id = line.mid(3, tab - 3).toString();
            continue;
        }
        if (line.startsWith(u"##"))
            continue;
        if (line.isEmpty()) {
            finish();
            continue;
        }
        // The character itself may be a space or a tab-free symbol; the tag follows the last tab.
        const qsizetype tab = line.lastIndexOf(u'\t');
        if (tab <= 0) {
            if (error)
                *error = QStringLiteral("line %1: expected a character, a tab and a tag").arg(lineNumber);
            return {};
        }
        const NerLabel label = nerLabelFromTag(line.mid(tab + 1));
        const QStringView character = line.left(tab);
        // A supplementary character's second unit continues whatever its first unit began.
        appendLabelled(current, character, label, continuationOf(label));
    }
    finish();
    return sentences;
}

std::optional<QList<NerSentence>> readKlueNer(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = path + QStringLiteral(": ") + file.errorString();
        return std::nullopt;
    }
    QString parseError;
    QList<NerSentence> sentences = parseKlueNer(QString::fromUtf8(file.readAll()), &parseError);
    if (!parseError.isEmpty()) {
        if (error)
            *error = path + QStringLiteral(": ") + parseError;
        return std::nullopt;
    }
    return sentences;
}

NerSentence nerSentenceFromMarkup(QStringView markup)
{
    NerSentence sentence;
    qsizetype i = 0;
    while (i < markup.size()) {
        const qsizetype open = markup.indexOf(u'<', i);
        const qsizetype close = open < 0 ? -1 : markup.indexOf(u'>', open);
        const qsizetype colon = close < 0 ? -1 : markup.lastIndexOf(u':', close);
        if (open < 0 || close < 0 || colon < open) {
            appendLabelled(sentence, markup.mid(i), NerLabel::Outside, NerLabel::Outside);
            break;
        }
        appendLabelled(sentence, markup.mid(i, open - i), NerLabel::Outside, NerLabel::Outside);
        const auto [begin, inside] = labelsOfKind(markup.mid(colon + 1, close - colon - 1));
        appendLabelled(sentence, markup.mid(open + 1, colon - open - 1), begin, inside);
        i = close + 1;
    }
    return sentence;
}

} // namespace dokhae::entities
