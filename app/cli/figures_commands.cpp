#include "figures_commands.h"

#include "json_output.h"

#include "article_source.h"
#include "cli_commands.h"
#include "figures/figure.h"
#include "figures/quantity_parser.h"
#include "store/figure_store.h"
#include "store/library.h"
#include "text/code_points.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

#include <functional>
#include <utility>

class CliFigures {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

namespace dokhae::cli {

namespace {

using figures::Bound;
using figures::Figure;

QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

// The CLI contract knows eq, ge, le and range; a strict bound (초과, 미만) is reported as its
// non-strict neighbour.
QString contractBound(Bound bound)
{
    switch (bound) {
    case Bound::Ge:
    case Bound::Gt: return QStringLiteral("ge");
    case Bound::Le:
    case Bound::Lt: return QStringLiteral("le");
    case Bound::Range: return QStringLiteral("range");
    case Bound::Eq: break;
    }
    return QStringLiteral("eq");
}

// A sentence as the JSON gives it: its span trimmed of spaces, so that `text` is exactly the
// reading text between `start` and `end` (code points).
QJsonObject sentenceToJson(const QString &text, const text::CodePointIndex &codePoints, qsizetype start, qsizetype end)
{
    while (start < end && text[start].isSpace())
        ++start;
    while (end > start && text[end - 1].isSpace())
        --end;
    return QJsonObject{
        {QStringLiteral("start"), codePoints.toCodePoint(start)},
        {QStringLiteral("end"), codePoints.toCodePoint(end)},
        {QStringLiteral("text"), text.mid(start, end - start)},
    };
}

QJsonObject figureToJson(const text::CodePointIndex &codePoints, const Figure &f, int sentence, const QString &language)
{
    QJsonObject o;
    o.insert(QStringLiteral("text"), f.text);
    o.insert(QStringLiteral("start"), codePoints.toCodePoint(f.start));
    o.insert(QStringLiteral("end"), codePoints.toCodePoint(f.end));
    o.insert(QStringLiteral("kind"), figures::figureKindName(f.kind));
    o.insert(QStringLiteral("value"), f.value);
    o.insert(QStringLiteral("value_max"), f.valueMax ? QJsonValue(*f.valueMax) : QJsonValue());
    o.insert(QStringLiteral("currency"), orNull(f.currency));
    o.insert(QStringLiteral("unit"), orNull(f.unit));
    o.insert(QStringLiteral("approx"), f.approximate);
    o.insert(QStringLiteral("bound"), contractBound(f.bound));
    o.insert(QStringLiteral("year"), f.year ? QJsonValue(*f.year) : QJsonValue());
    o.insert(QStringLiteral("subject"), orNull(f.subject));
    o.insert(QStringLiteral("measure"), orNull(f.measure));
    o.insert(QStringLiteral("sentence"), sentence);
    o.insert(QStringLiteral("converts"), f.converts >= 0 ? QJsonValue(f.converts) : QJsonValue());
    if (f.impliedRate) {
        o.insert(QStringLiteral("rate"), *f.impliedRate);
        o.insert(QStringLiteral("rate_disagrees"), f.rateDisagrees);
    }
    if (!f.isoDate.isEmpty())
        o.insert(QStringLiteral("date"), f.isoDate);
    o.insert(QStringLiteral("display"), figures::displayValue(f, language));
    return o;
}

// A named array member of the top-level object, written element by element (JsonArrayWriter).
void writeJsonArray(const QString &name, qsizetype count, const std::function<QJsonObject(qsizetype)> &element,
                    QTextStream &out)
{
    out << "  \"" << name << "\": ";
    JsonArrayWriter array(out, QStringLiteral("  "));
    for (qsizetype i = 0; i < count; ++i)
        array.add(element(i));
    array.finish();
}

// {"sentences": [...], "figures": [...]}: each sentence once, each figure naming its sentence by
// index. A sentence of thousands of figures (a table flattened into one line, a hostile file) was
// once repeated in every figure: output and memory grew as figures × sentence length.
void writeFiguresJson(const QString &text, const text::CodePointIndex &codePoints, const QList<Figure> &found,
                      const QString &language, QTextStream &out)
{
    QList<std::pair<qsizetype, qsizetype>> sentences;
    QHash<std::pair<qsizetype, qsizetype>, int> sentenceIndex;
    QList<int> sentenceOf;
    sentenceOf.reserve(found.size());
    for (const Figure &f : found) {
        const std::pair span{f.sentenceStart, f.sentenceEnd};
        auto it = sentenceIndex.constFind(span);
        if (it == sentenceIndex.constEnd()) {
            it = sentenceIndex.insert(span, int(sentences.size()));
            sentences.append(span);
        }
        sentenceOf.append(*it);
    }
    out << "{\n";
    writeJsonArray(QStringLiteral("sentences"), sentences.size(), [&](qsizetype i) {
        return sentenceToJson(text, codePoints, sentences[i].first, sentences[i].second);
    }, out);
    out << ",\n";
    writeJsonArray(QStringLiteral("figures"), found.size(), [&](qsizetype i) {
        return figureToJson(codePoints, found[i], sentenceOf[i], language);
    }, out);
    out << "\n}\n";
}

void writeFigures(const QString &text, const QList<Figure> &found, const FiguresOptions &options, QTextStream &out)
{
    const text::CodePointIndex codePoints(text);
    if (options.json) {
        writeFiguresJson(text, codePoints, found, options.language, out);
        return;
    }
    for (qsizetype i = 0; i < found.size(); ++i) {
        const Figure &f = found[i];
        out << i << '\t' << codePoints.toCodePoint(f.start) << '-' << codePoints.toCodePoint(f.end) << '\t'
            << figures::figureKindName(f.kind) << '\t' << figures::displayValue(f, options.language) << '\t'
            << (f.year ? QString::number(*f.year) : QString()) << '\t' << f.subject << '\t' << f.text;
        if (f.converts >= 0) {
            out << '\t' << CliFigures::tr("converts #%1 at %2%3")
                               .arg(f.converts)
                               .arg(*f.impliedRate, 0, 'g', 6)
                               .arg(f.rateDisagrees ? CliFigures::tr(" (disagrees)") : QString());
        }
        out << Qt::endl;
    }
}

} // namespace

int figuresCommand(const QStringList &arguments, const FiguresOptions &options, QTextStream &out, QTextStream &err)
{
    if (arguments.size() != 1) {
        err << CliFigures::tr("figures: give one article file, or --db FILE and one article id.") << Qt::endl;
        return ExitUsage;
    }
    store::Library library;
    const LoadedArticle article = loadArticle(arguments.first(), options.dbPath, library, err);
    if (article.exitCode != ExitOk)
        return article.exitCode;
    // An article in the library has its figures stored with its revision; a file is read now.
    if (article.libraryId >= 0) {
        const store::FigureStore store(library);
        const auto stored = store.articleFigures(article.libraryId);
        if (!stored) {
            err << store.lastError() << Qt::endl;
            return ExitLibrary;
        }
        writeFigures(stored->text, stored->figures, options, out);
        return ExitOk;
    }
    writeFigures(article.text, figures::extractFigures(article.text), options, out);
    return ExitOk;
}

int parseCommand(const QStringList &arguments, bool json, QTextStream &out, QTextStream &err)
{
    const QString expression = arguments.join(u' ');
    const auto quantity = figures::parseExpression(expression);
    if (!quantity) {
        err << CliFigures::tr("parse: not a Korean number expression: %1").arg(expression) << Qt::endl;
        return ExitNotFound;
    }
    QJsonObject o;
    o.insert(QStringLiteral("value"), quantity->value);
    o.insert(QStringLiteral("value_max"), quantity->valueMax ? QJsonValue(*quantity->valueMax) : QJsonValue());
    o.insert(QStringLiteral("unit"), orNull(quantity->unit));
    o.insert(QStringLiteral("currency"), orNull(quantity->currency));
    o.insert(QStringLiteral("kind"), figures::kindName(quantity->kind));
    if (json) {
        o.insert(QStringLiteral("approx"), quantity->approximate);
        o.insert(QStringLiteral("bound"), figures::boundName(quantity->bound));
        out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
    } else {
        out << figures::kindName(quantity->kind) << '\t' << QString::number(quantity->value, 'g', 17) << '\t'
            << (quantity->currency.isEmpty() ? quantity->unit : quantity->currency) << Qt::endl;
    }
    return ExitOk;
}

} // namespace dokhae::cli
