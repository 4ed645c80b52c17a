// How the figure extractor does on held-out annotated news: KLUE-NER (klue-ner-v1.1_dev.tsv from
// the KLUE-benchmark repository, CC BY-SA 4.0, not stored here). Run by hand:
//   klue_quantity_score PATH/klue-ner-v1.1_dev.tsv [--source wikitree] [--misses N] [--extras N]
// Recall: annotated QT (quantity) spans that some figure overlaps. Outside: figures that overlap
// no QT, DT (date) or TI (time) span, a rough complement of precision (KLUE does not tag every
// quantity, so some of these are right). Prints a few of each for reading.
#include "figures/figure.h"

#include <QCoreApplication>
#include <QFile>
#include <QList>
#include <QString>
#include <QTextStream>

#include <algorithm>

using namespace dokhae::figures;

namespace {

struct Span
{
    qsizetype start = 0; // UTF-16 offsets into the sentence
    qsizetype end = 0;
    QString tag;
};

struct Sentence
{
    QString source;
    QString text;
    QList<Span> spans;
};

// The file gives a header line `## id<TAB>tagged text`, then one character and its BIO tag a line,
// and a blank line after each sentence.
QList<Sentence> readKlueNer(const QString &path)
{
    QList<Sentence> sentences;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return sentences;
    Sentence current;
    const auto flush = [&] {
        if (!current.text.isEmpty())
            sentences.append(current);
        current = Sentence{};
    };
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).chopped(1);
        if (line.startsWith(u"## klue")) {
            flush();
            current.source = line.section(u'\t', 0, 0).section(u'-', -1);
            continue;
        }
        if (line.startsWith(u"##"))
            continue;
        if (line.isEmpty()) {
            flush();
            continue;
        }
        const QString character = line.section(u'\t', 0, 0);
        const QString tag = line.section(u'\t', 1, 1);
        const qsizetype at = current.text.size();
        current.text += character.isEmpty() ? QStringLiteral(" ") : character;
        if (tag.startsWith(u"B-"))
            current.spans.append({at, current.text.size(), tag.mid(2)});
        else if (tag.startsWith(u"I-") && !current.spans.isEmpty())
            current.spans.last().end = current.text.size();
    }
    flush();
    return sentences;
}

bool overlaps(qsizetype start, qsizetype end, const Span &span)
{
    return start < span.end && span.start < end;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        QTextStream(stderr) << "usage: klue_quantity_score klue-ner-v1.1_dev.tsv [--source wikitree] [--misses N] [--extras N]\n";
        return 2;
    }
    const auto option = [&](const QString &name, const QString &fallback) {
        const qsizetype i = args.indexOf(name);
        return i > 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
    };
    const QString source = option(QStringLiteral("--source"), QString());
    const int showMisses = option(QStringLiteral("--misses"), QStringLiteral("0")).toInt();
    const int showExtras = option(QStringLiteral("--extras"), QStringLiteral("0")).toInt();

    const QList<Sentence> sentences = readKlueNer(args.at(1));
    if (sentences.isEmpty()) {
        QTextStream(stderr) << "no sentences read from " << args.at(1) << '\n';
        return 1;
    }
    QTextStream out(stdout);
    int used = 0, quantities = 0, found = 0, figureCount = 0, outside = 0, misses = 0, extras = 0;
    for (const Sentence &sentence : sentences) {
        if (!source.isEmpty() && sentence.source != source)
            continue;
        ++used;
        const QList<Figure> figures = extractFigures(sentence.text);
        for (const Span &span : sentence.spans) {
            if (span.tag != u"QT")
                continue;
            ++quantities;
            const bool hit = std::any_of(figures.begin(), figures.end(),
                                         [&](const Figure &f) { return overlaps(f.start, f.end, span); });
            found += hit;
            if (!hit && misses++ < showMisses)
                out << "MISS\t" << sentence.text.mid(span.start, span.end - span.start) << '\t' << sentence.text << '\n';
        }
        for (const Figure &f : figures) {
            ++figureCount;
            const bool annotated = std::any_of(sentence.spans.begin(), sentence.spans.end(), [&](const Span &span) {
                return (span.tag == u"QT" || span.tag == u"DT" || span.tag == u"TI") && overlaps(f.start, f.end, span);
            });
            if (annotated)
                continue;
            ++outside;
            if (extras++ < showExtras)
                out << "EXTRA\t" << f.text << '\t' << sentence.text << '\n';
        }
    }
    out << "sentences " << used << "\nQT spans " << quantities << ", found " << found << " ("
        << QString::number(100.0 * found / std::max(1, quantities), 'f', 1) << "%)\nfigures " << figureCount
        << ", outside QT/DT/TI " << outside << " (" << QString::number(100.0 * outside / std::max(1, figureCount), 'f', 1)
        << "%)\n";
    return 0;
}
