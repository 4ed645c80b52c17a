#include "search/ts_literals.h"

#include "search/query_phrases.h"

#include <QCryptographicHash>

#include <algorithm>
#include <cstdlib>
#include <map>
#include <string>
#include <vector>

namespace dokhae::search {

namespace {

// Positions left free between the title and the text: more than the largest distance a tsquery
// of ours asks for (<2>), so that no phrase spans the two.
constexpr int kColumnGap = 8;

// A token longer than a lexeme may be (a run of letters thousands long) is stored and asked for by
// the same stand-in: its start and a hash of the whole, so that it still finds itself.
constexpr std::size_t kLongTokenPrefixBytes = 1900;

std::string lexemeOf(const std::string &token)
{
    // One byte to spare for kTsOverflowMark.
    if (token.size() < static_cast<std::size_t>(kTsMaxLexemeBytes))
        return token;
    std::size_t cut = kLongTokenPrefixBytes;
    while (cut > 0 && (static_cast<unsigned char>(token[cut]) & 0xC0) == 0x80)
        --cut;  // not inside a UTF-8 sequence
    const QByteArray digest = QCryptographicHash::hash(QByteArray::fromStdString(token), QCryptographicHash::Sha256).toHex();
    return token.substr(0, cut) + "0x" + digest.toStdString();
}

void appendQuoted(std::string &out, const std::string &lexeme)
{
    out += '\'';
    for (const char c : lexeme) {
        if (c == '\'' || c == '\\')
            out += c;  // '' and \\ stand for ' and \ in both types' input
        out += c;
    }
    out += '\'';
}

struct LexemeEntry {
    std::vector<int> positions;  // negative: weight A
    bool overflowing = false;    // has positions beyond these
};

std::string overflowMarkOf(const std::string &lexeme)
{
    return kTsOverflowMark + lexeme;
}

} // namespace

TsVectorText makeTsVector(const QString &title, const QString &text)
{
    std::map<std::string, LexemeEntry> lexemes;
    TsVectorText result;
    std::size_t lexemeBytes = 0;
    const auto add = [&](const Token &token, int position, bool inTitle) {
        const std::string lexeme = lexemeOf(token.text);
        auto found = lexemes.find(lexeme);
        if (found == lexemes.end()) {
            // Room for its overflow mark too, kept from the start, so that a lexeme kept can
            // always be marked.
            const std::size_t bytes = 2 * lexeme.size() + 1;
            if (lexemeBytes + bytes > static_cast<std::size_t>(kTsMaxLexemeBytesTotal)) {
                ++result.lexemesLeftOut;
                return;
            }
            lexemeBytes += bytes;
            found = lexemes.emplace(lexeme, LexemeEntry{}).first;
        }
        LexemeEntry &entry = found->second;
        if (position <= kTsMaxPosition && entry.positions.size() < static_cast<std::size_t>(kTsMaxPositionsPerLexeme)) {
            entry.positions.push_back(inTitle ? -position : position);
        } else if (!entry.overflowing) {
            entry.overflowing = true;
            ++result.lexemesOverflowing;
        }
    };
    int titleEnd = 0;
    forEachIndexedToken(title.toStdString(), [&](const Token &token, int position) {
        add(token, position + 1, true);
        titleEnd = position + 1;
    });
    const int textStart = titleEnd + kColumnGap + 1;
    result.lastPosition = titleEnd;
    forEachIndexedToken(text.toStdString(), [&](const Token &token, int position) {
        add(token, textStart + position, false);
        result.lastPosition = textStart + position;
    });

    std::string literal;
    literal.reserve(lexemeBytes * 2);  // quotes and positions
    for (const auto &[lexeme, entry] : lexemes) {
        if (!literal.empty())
            literal += ' ';
        if (entry.overflowing) {
            appendQuoted(literal, overflowMarkOf(lexeme));
            literal += ' ';
        }
        appendQuoted(literal, lexeme);
        for (std::size_t i = 0; i < entry.positions.size(); ++i) {
            const int position = entry.positions[i];
            literal += i == 0 ? ':' : ',';
            literal += std::to_string(std::abs(position));
            if (position < 0)
                literal += 'A';
        }
    }
    result.literal = QString::fromStdString(literal);
    return result;
}

QString toTsVectorLiteral(const QString &title, const QString &text)
{
    return makeTsVector(title, text).literal;
}

namespace {

// A Korean run of two or more letters ends, in Query mode, with its last letter alone after the
// bigram that holds it: the same end byte.
bool closesRun(const Token &previous, const Token &token)
{
    return token.endByte == previous.endByte && token.startByte > previous.startByte;
}

std::string phraseExpression(const QueryPhrase &phrase)
{
    std::string exact;
    std::vector<std::string> operands;
    int distance = 0;  // from the last operand written
    for (std::size_t i = 0; i < phrase.tokens.size(); ++i) {
        const Token &token = phrase.tokens[i];
        if (i > 0 && closesRun(phrase.tokens[i - 1], token)) {
            ++distance;
            continue;
        }
        if (!exact.empty())
            exact += distance == 1 ? " <-> " : " <" + std::to_string(distance) + "> ";
        operands.push_back(lexemeOf(token.text));
        appendQuoted(exact, operands.back());
        distance = 1;
    }
    if (operands.size() < 2)
        return exact;
    // Or: all its lexemes, one of them with positions the tsvector could not hold.
    std::string all;
    std::string anyOverflowing;
    for (const std::string &operand : operands) {
        all += all.empty() ? "" : " & ";
        appendQuoted(all, operand);
        anyOverflowing += anyOverflowing.empty() ? "" : " | ";
        appendQuoted(anyOverflowing, overflowMarkOf(operand));
    }
    return exact + " | " + all + " & (" + anyOverflowing + ')';
}

} // namespace

QString toTsQueryLiteral(const QList<QueryTerm> &terms)
{
    std::vector<std::vector<std::string>> alternatives(static_cast<std::size_t>(terms.size()));
    for (const QueryPhrase &phrase : queryPhrases(terms))
        alternatives[static_cast<std::size_t>(phrase.term)].push_back('(' + phraseExpression(phrase) + ')');
    std::string out;
    for (const auto &forms : alternatives) {
        if (forms.empty())
            continue;
        if (!out.empty())
            out += " & ";
        out += '(';
        for (std::size_t i = 0; i < forms.size(); ++i)
            out += (i == 0 ? "" : " | ") + forms[i];
        out += ')';
    }
    return QString::fromStdString(out);
}

QString toTsQueryLiteral(const QString &userQuery)
{
    return toTsQueryLiteral(parseQuery(userQuery));
}

} // namespace dokhae::search
