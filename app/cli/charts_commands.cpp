#include "charts_commands.h"

#include "article_source.h"
#include "chart_render.h"
#include "charts/chart_caption.h"
#include "charts/chart_csv.h"
#include "charts/chart_json.h"
#include "cli_commands.h"
#include "store/chart_store.h"
#include "store/figure_store.h"
#include "store/library.h"
#include "text/code_points.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

#include <cstring>

class CliCharts {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

namespace dokhae::cli {

namespace {

// Offsets leave as code points of the revision each point was read from.
class CodePointMapper
{
public:
    explicit CodePointMapper(const store::FigureStore &figures)
        : m_figures(figures)
    {
    }

    qsizetype operator()(const charts::PointSource &source, qsizetype utf16) const
    {
        auto it = m_indexes.find(source.revision);
        if (it == m_indexes.end()) {
            const QString text = m_figures.revisionText(source.revision).value_or(QString());
            it = m_indexes.emplace(source.revision, text::CodePointIndex(text));
        }
        return it->toCodePoint(utf16);
    }

private:
    const store::FigureStore &m_figures;
    mutable QHash<QString, text::CodePointIndex> m_indexes;
};

void writeText(const charts::ChartSpec &spec, const QString &language, QTextStream &out)
{
    out << spec.id << '\t' << charts::chartKindName(spec.kind) << '\t' << spec.title(language) << Qt::endl;
    for (const charts::ChartSeries &series : spec.series) {
        for (const charts::ChartPoint &point : series.points) {
            out << "    " << (series.nameKo.isEmpty() ? QString() : charts::seriesName(series, language) + u'\t')
                << charts::pointLabel(point, language) << '\t' << charts::pointDisplay(point, language) << '\t'
                << point.source.figureText << Qt::endl;
        }
    }
}

} // namespace

int chartsCommand(const ChartsOptions &options, QTextStream &out, QTextStream &err)
{
    store::Library library;
    if (!openExistingLibrary(library, options.dbPath, err))
        return ExitLibrary;
    const store::FigureStore figures(library);
    if (!figures.refreshStale()) {
        err << figures.lastError() << Qt::endl;
        return ExitLibrary;
    }
    const store::ChartStore store(library);
    QList<charts::ChartSpec> specs;
    if (options.articleId.isEmpty()) {
        specs = store.allCharts();
    } else {
        bool isNumber = false;
        const qint64 id = options.articleId.toLongLong(&isNumber);
        if (!isNumber || !library.article(id)) {
            err << CliCharts::tr("No article with id %1 in %2.").arg(options.articleId, options.dbPath) << Qt::endl;
            return ExitNotFound;
        }
        specs = store.articleCharts(id);
    }
    if (!options.json) {
        for (const charts::ChartSpec &spec : specs)
            writeText(spec, options.language, out);
        return ExitOk;
    }
    const CodePointMapper mapper(figures);
    QJsonArray array;
    for (const charts::ChartSpec &spec : specs)
        array.append(charts::chartToJson(spec, options.language, std::cref(mapper)));
    out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    return ExitOk;
}

int exportChartCommand(const QStringList &arguments, const ExportChartOptions &options, QTextStream &out,
                       QTextStream &err)
{
    const int targets = int(!options.png.isEmpty()) + int(!options.svg.isEmpty()) + int(!options.csv.isEmpty());
    if (arguments.size() != 1 || targets != 1) {
        err << CliCharts::tr("export-chart: give one chart id and one of --png, --svg or --csv FILE.") << Qt::endl;
        return ExitUsage;
    }
    if (options.size.width() < 1 || options.size.height() < 1 || options.size.width() > 20000
        || options.size.height() > 20000 || options.scale <= 0 || options.scale > 8) {
        err << CliCharts::tr("export-chart: --width and --height must be 1 to 20000 pixels, --scale above 0 and at most 8.")
            << Qt::endl;
        return ExitUsage;
    }
    store::Library library;
    if (!openExistingLibrary(library, options.dbPath, err))
        return ExitLibrary;
    bool isNumber = false;
    const qint64 id = arguments.first().toLongLong(&isNumber);
    const auto spec = isNumber ? store::ChartStore(library).chart(id) : std::nullopt;
    if (!spec) {
        err << CliCharts::tr("No chart with id %1 in %2.").arg(arguments.first(), options.dbPath) << Qt::endl;
        return ExitNotFound;
    }
    QString error;
    bool written = false;
    if (!options.csv.isEmpty()) {
        QSaveFile file(options.csv);
        written = file.open(QIODevice::WriteOnly) && file.write(charts::chartCsv(*spec, options.language)) >= 0
                  && file.commit();
        if (!written)
            error = CliCharts::tr("Cannot write %1: %2").arg(options.csv, file.errorString());
    } else {
        render::RenderOptions renderOptions;
        renderOptions.language = options.language;
        if (const auto article = library.article(spec->articleId))
            renderOptions.sourceLine = charts::sourceLine(article->summary, options.language);
        written = options.png.isEmpty()
                      ? render::exportSvg(*spec, renderOptions, options.svg, options.size, &error)
                      : render::exportPng(*spec, renderOptions, options.png, options.size, options.scale, &error);
    }
    if (!written) {
        err << error << Qt::endl;
        return ExitSomeRefused;
    }
    out << CliCharts::tr("Chart %1 written to %2.").arg(id).arg(options.png + options.svg + options.csv) << Qt::endl;
    return ExitOk;
}

bool needsGuiApplication(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "export-chart") == 0 || std::strcmp(argv[i], "brief") == 0)
            return true;
    }
    return false;
}

} // namespace dokhae::cli
