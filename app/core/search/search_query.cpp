#include "search/search_query.h"

#include "search/bigram_tokenizer.h"
#include "text/text_normalizer.h"

#include <algorithm>

namespace dokhae::search {

namespace {

bool isOpeningQuote(QChar c)
{
    return c == u'"' || c == QChar(0x201C) || c == QChar(0x201E);
}

bool isClosingQuote(QChar c)
{
    return c == u'"' || c == QChar(0x201D) || c == QChar(0x201C);
}

// The user's words and "quoted phrases", NFC, each with its inner whitespace collapsed. Control
// characters are dropped: FTS5 reads its expression as a C string.
QStringList splitTerms(const QString &userQuery)
{
    QString query = text::toNfc(userQuery);
    for (QChar &c : query) {
        if (c.category() == QChar::Other_Control)
            c = u' ';
    }
    QStringList terms;
    QString current;
    bool inPhrase = false;
    const auto finish = [&] {
        const QString term = text::collapseWhitespace(current);
        if (!term.isEmpty())
            terms << term;
        current.clear();
    };
    for (const QChar c : std::as_const(query)) {
        if (inPhrase ? isClosingQuote(c) : isOpeningQuote(c)) {
            finish();
            inPhrase = !inPhrase;
        } else if (!inPhrase && c.isSpace()) {
            finish();
        } else {
            current += c;
        }
    }
    finish();
    terms.removeIf([](const QString &term) { return !hasTokens(term.toStdString()); });
    return terms;
}

} // namespace

QString toFtsMatch(const QString &userQuery)
{
    // Every term becomes an FTS5 string, which the tokenizer turns into a phrase; inside a string
    // FTS5 gives no meaning to AND, OR, NEAR, *, -, : or parentheses, so no input is a syntax error.
    QStringList quoted;
    for (QString term : splitTerms(userQuery))
        quoted << u'"' + term.replace(u'"', QStringLiteral("\"\"")) + u'"';
    return quoted.join(u' ');
}

QStringList highlightTerms(const QString &userQuery)
{
    return splitTerms(userQuery);
}

QList<std::pair<qsizetype, qsizetype>> findTermSpans(const QString &text, const QStringList &terms)
{
    QList<std::pair<qsizetype, qsizetype>> spans;
    for (const QString &term : terms) {
        if (term.isEmpty())
            continue;
        for (qsizetype at = text.indexOf(term, 0, Qt::CaseInsensitive); at >= 0;
             at = text.indexOf(term, at + 1, Qt::CaseInsensitive))
            spans.append({at, at + term.size()});
    }
    std::sort(spans.begin(), spans.end());
    QList<std::pair<qsizetype, qsizetype>> merged;
    for (const auto &span : std::as_const(spans)) {
        if (!merged.isEmpty() && span.first <= merged.last().second)
            merged.last().second = std::max(merged.last().second, span.second);
        else
            merged.append(span);
    }
    return merged;
}

QString renderSnippet(const QString &snippet, const QString &open, const QString &close, bool htmlEscape)
{
    QString rendered;
    QString plain;
    const auto flushPlain = [&] {
        rendered += htmlEscape ? plain.toHtmlEscaped() : plain;
        plain.clear();
    };
    for (const QChar c : snippet) {
        if (c == kHitOpen || c == kHitClose) {
            flushPlain();
            rendered += (c == kHitOpen) ? open : close;
        } else {
            plain += c;
        }
    }
    flushPlain();
    return rendered;
}

} // namespace dokhae::search
