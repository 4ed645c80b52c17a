#include "search/search_query.h"

#include "entities/korean_particles.h"
#include "search/bigram_tokenizer.h"
#include "text/text_normalizer.h"

#include <QCoreApplication>

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

struct TypedTerm {
    QString text;
    bool quoted = false;
};

// The user's words and "quoted phrases", NFC, each with its inner whitespace collapsed. Control
// characters are dropped: FTS5 reads its expression as a C string.
QList<TypedTerm> splitTerms(const QString &userQuery)
{
    QString query = text::toNfc(userQuery);
    for (QChar &c : query) {
        if (c.category() == QChar::Other_Control)
            c = u' ';
    }
    QList<TypedTerm> terms;
    QString current;
    bool inPhrase = false;
    const auto finish = [&] {
        const QString term = text::collapseWhitespace(current);
        if (!term.isEmpty())
            terms.append({term, inPhrase});
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
    terms.removeIf([](const TypedTerm &term) { return !hasTokens(term.text.toStdString()); });
    return terms;
}

QString ftsString(QString form)
{
    return u'"' + form.replace(u'"', QStringLiteral("\"\"")) + u'"';
}

// One-letter names (중 for China, 中) would find every text with that letter in any word.
constexpr qsizetype kMinOtherNameLength = 2;

void addOtherNames(QueryTerm &term, const QStringList &names)
{
    for (const QString &name : names) {
        if (name.size() >= kMinOtherNameLength && !term.forms.contains(name, Qt::CaseInsensitive)
            && hasTokens(name.toStdString())) {
            term.forms << name;
            term.otherNames = true;
        }
    }
}

QueryTerm widened(const TypedTerm &typed, const NameLookup &names)
{
    QueryTerm term{typed.text, {typed.text}};
    if (typed.quoted)
        return term;
    if (const QStringList whole = names ? names(typed.text) : QStringList(); !whole.isEmpty()) {
        addOtherNames(term, whole);
        return term;
    }
    const QString stem = entities::stripParticles(typed.text);
    if (stem.size() < typed.text.size() && hasTokens(stem.toStdString())) {
        term.forms = {stem};
        term.particlesDropped = true;
    }
    if (names)
        addOtherNames(term, names(term.forms.first()));
    return term;
}

} // namespace

QList<QueryTerm> parseQuery(const QString &userQuery, const NameLookup &names)
{
    QList<QueryTerm> terms;
    for (const TypedTerm &typed : splitTerms(userQuery))
        terms.append(widened(typed, names));
    return terms;
}

QString toFtsMatch(const QList<QueryTerm> &terms)
{
    // Every form becomes an FTS5 string, which the tokenizer turns into a phrase; inside a string
    // FTS5 gives no meaning to AND, OR, NEAR, *, -, : or parentheses, so no input is a syntax error.
    QStringList required;
    for (const QueryTerm &term : terms) {
        QStringList alternatives;
        for (const QString &form : term.forms)
            alternatives << ftsString(form);
        required << (alternatives.size() == 1 ? alternatives.first()
                                              : u'(' + alternatives.join(QStringLiteral(" OR ")) + u')');
    }
    // FTS5 reads a group in parentheses followed by a string as a syntax error; AND is explicit.
    return required.join(QStringLiteral(" AND "));
}

QString toFtsMatch(const QString &userQuery)
{
    return toFtsMatch(parseQuery(userQuery));
}

QString toFtsAnyOf(const QStringList &phrases)
{
    QStringList alternatives;
    for (const QString &phrase : phrases) {
        if (phrase.trimmed().isEmpty())
            continue;
        if (!hasTokens(phrase.toStdString()))
            return {}; // a text may name it, and no index lookup can tell which
        alternatives << ftsString(phrase);
    }
    alternatives.removeDuplicates();
    return alternatives.join(QStringLiteral(" OR "));
}

QStringList highlightTerms(const QList<QueryTerm> &terms)
{
    QStringList forms;
    for (const QueryTerm &term : terms)
        forms << term.forms;
    return forms;
}

QStringList highlightTerms(const QString &userQuery)
{
    return highlightTerms(parseQuery(userQuery));
}

QString wideningNote(const QList<QueryTerm> &terms, const QString &matchedText)
{
    QStringList clauses;
    for (const QueryTerm &term : terms) {
        if (!term.particlesDropped && !term.otherNames)
            continue;
        // The forms this hit shows other than the word typed; a hit that shows only the word typed
        // (or none, further into its text) needs no explanation for the other names.
        QStringList found;
        for (const QString &form : term.forms) {
            if (form.compare(term.typed, Qt::CaseInsensitive) != 0 && matchedText.contains(form, Qt::CaseInsensitive))
                found << form;
        }
        if (term.particlesDropped && found.isEmpty())
            found << term.forms.first();
        if (found.isEmpty())
            continue;
        const QString forms = found.join(QStringLiteral(", "));
        if (term.particlesDropped && found.first() == term.forms.first())
            clauses << QCoreApplication::translate("Search", "%1 for “%2” (without its particles)").arg(forms, term.typed);
        else
            clauses << QCoreApplication::translate("Search", "%1 for “%2” (a name of the same entity)").arg(forms, term.typed);
    }
    return clauses.join(QStringLiteral("; "));
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
