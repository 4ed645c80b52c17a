#pragma once

#include "article.h"

#include <QString>

namespace dokhae::charts {

// The source line under a chart, in the language: who published the article, when, and its title
// ("출처: 헬로티 · 2025년 3월 27일 · 딥시크로 돌풍…" / "Source: 헬로티 · Mar 27, 2025 · …").
// Parts the article does not give are left out; titles longer than `maxTitle` are shortened.
QString sourceLine(const ArticleSummary &article, const QString &language, int maxTitle = 60);

} // namespace dokhae::charts
