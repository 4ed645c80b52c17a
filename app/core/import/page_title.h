#pragma once

#include "import/metadata_extractor.h"

// The headline inside a page's <title> or og:title, which sites decorate with their name and
// section: "제목-경제ㅣ매체", "제목 : 뉴스 : 매체닷컴", "매체 모바일 :: 제목", "[매체] 제목", "제목 | 매체".
namespace dokhae::import {

// With the site's name known (og:site_name, JSON-LD publisher) it is removed wherever it sits;
// without, a short trailing part after " : ", " :: " or a pipe is taken for it.
TitleParts headlineFromPageTitle(const QString &title, const QString &siteName = {});

} // namespace dokhae::import
