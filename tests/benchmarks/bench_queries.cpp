#include "bench_queries.h"

#include "store/library.h"

namespace dokhae::bench {

const QList<QueryKind> &queryKinds()
{
    static const QList<QueryKind> kinds{
        {"two-letter", {u"특허"_qs, u"수출"_qs, u"투자"_qs}},
        {"three-letter", {u"반도체"_qs, u"딥시크"_qs, u"화웨이"_qs}},
        {"particle-attached", {u"알리바바는"_qs, u"텐센트가"_qs, u"엔비디아의"_qs}},
        {"Latin", {u"Qwen"_qs, u"GPU"_qs, u"HBM"_qs}},
        {"two-word", {u"중국 반도체"_qs, u"알리바바 클라우드"_qs, u"생성형 AI"_qs}},
    };
    return kinds;
}

void searchAsTheWindowDoes(const store::Library &library, const QString &query)
{
    store::Library::SearchPage found = library.searchPage(query, 200, 0, 0);
    if (!found.hits.isEmpty())
        library.searchSnippet(query, found.hits.first());
}

} // namespace dokhae::bench
