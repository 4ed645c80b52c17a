#pragma once

#include <QStringView>

// What can stand as a figure's subject: a name a chart could label a bar with. Every subject
// reader passes its answer through this one guard, so that a verb form, a connective, a clipped
// word or a fragment of a bracket never becomes a bar label.
namespace dokhae::figures::detail {

// Whether `name` (one word or a few) is a name, not a measure, a frame or a broken fragment:
//   중국, 중국 정부, 바이두 AI 클라우드, 유럽·아프리카 노선       -> yes
//   부장판사) (a bracket's tail), 대통령'이라 (a quotation)     -> no
//   전달하려다, 걷다, 그러고, 찾아, 올라, 불러일으키, 알리지 않 -> no (verb forms)
//   평균과, 마린스와, 지난해에는 (a word with its case particle) -> no
//   개인별 또 (a connective), 투자액 (a measure), 세계 (a frame) -> no
bool isSubjectName(QStringView name);

// Whether a word reads as a verb or adjective form rather than a noun: a connective (-다가,
// -고, -아/-어), a quotative (-이라), a causative stem (-시키, -으키) or a predicate stem (않, 있).
bool readsAsVerbForm(QStringView word);

// Whether a word still carries a case particle (평균과, 마린스와, 지난해에는, 집에서): it is cut
// from a phrase it only modifies, no name and no noun of a measure.
bool endsInCaseParticle(QStringView word);

} // namespace dokhae::figures::detail
