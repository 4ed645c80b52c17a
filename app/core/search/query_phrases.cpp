#include "search/query_phrases.h"

namespace dokhae::search {

std::vector<QueryPhrase> queryPhrases(const QList<QueryTerm> &terms)
{
    std::vector<QueryPhrase> phrases;
    for (qsizetype term = 0; term < terms.size(); ++term) {
        for (const QString &form : terms[term].forms) {
            QueryPhrase phrase{term, {}};
            tokenizeUtf8(form.toStdString(), TokenizeMode::Query, [&phrase](const Token &token) { phrase.tokens.push_back(token); });
            if (!phrase.tokens.empty())
                phrases.push_back(std::move(phrase));
        }
    }
    return phrases;
}

} // namespace dokhae::search
