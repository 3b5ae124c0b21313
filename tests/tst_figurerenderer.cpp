// SPDX-License-Identifier: GPL-3.0-or-later
#include "application.h"
#include "briefingwriter.h"
#include "chartpalette.h"
#include "citationpanel.h"
#include "core/catalog.h"
#include "core/exportmetadata.h"
#include "figurerenderer.h"
#include "languagemanager.h"
#include "languagescope.h"
#include "storage/store.h"

#include <QBarCategoryAxis>
#include <QChart>
#include <QFile>
#include <QImageReader>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineSeries>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardItemModel>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>
#include <QValueAxis>
#include <QWidget>
#include <QXmlStreamReader>

#include <sys/resource.h>

#include <csignal>
#include <memory>

namespace {

/// A small figure under the test's control: arrivals 1999–2004 from the bundled data, with
/// titles in the current language (as the real figures have).
class TestFigureData : public Figure
{
public:
    TestFigureData(Catalog* catalog, QList<Observation> plotted)
        : Figure(catalog, nullptr)
        , m_plotted(std::move(plotted))
    {}

    FigureKind kind() const override { return FigureKind::Arrivals; }
    QAbstractItemModel* model() const override { return const_cast<QStandardItemModel*>(&m_model); }
    QString title() const override
    {
        return (Translations::instance().language() == Language::Korean)
                   ? QStringLiteral("연도별 탈북민 입국자 시험 그림")
                   : QStringLiteral("Test figure of yearly arrivals");
    }
    QString subtitle() const override
    {
        return (Translations::instance().language() == Language::Korean)
                   ? QStringLiteral("한국 입국 인원, 1999–2004")
                   : QStringLiteral("People arriving in South Korea, 1999–2004");
    }
    QString caveat() const override { return m_caveat; }
    QList<Observation> plottedObservations() const override { return m_plotted; }
    void retranslate() override {}

    QString m_caveat;

private:
    QList<Observation> m_plotted;
    QStandardItemModel m_model;
};

/// Its chart, with axis texts in the current language.
class TestFigure : public FigureChart
{
public:
    TestFigure(TestFigureData* figure, QObject* parent = nullptr)
        : FigureChart(figure, parent)
        , m_chart(new QChart)
    {
        build();
    }
    ~TestFigure() override { delete m_chart; }

    QChart* chart() const override { return m_chart; }
    void setOptions(const FigureOptions& options) override
    {
        figure()->setOptions(options);
        build();
    }
    void retranslate() override { build(); }
    void select(const QModelIndex&) override {}
    QModelIndex selected() const override { return {}; }
    QModelIndex indexAt(const QPointF&) const override { return {}; }
    std::optional<QPointF> positionOf(const QModelIndex&) const override { return std::nullopt; }
    QString toolTipAt(const QPointF&) const override { return {}; }

protected:
    void updateTheme() override { build(); }

private:
    void build()
    {
        m_chart->removeAllSeries();
        for (QAbstractAxis* a : m_chart->axes())
            m_chart->removeAxis(a);
        const bool ko = (Translations::instance().language() == Language::Korean);
        m_chart->setTheme(theme() == Theme::Dark ? QChart::ChartThemeDark
                                                 : QChart::ChartThemeLight);
        auto* series = new QLineSeries;
        series->setName(ko ? QStringLiteral("입국자") : QStringLiteral("Arrivals"));
        QStringList years;
        for (const Observation& o : figure()->plottedObservations()) {
            series->append(years.size(), double(o.value));
            years << QString::number(o.period.year());
        }
        m_chart->addSeries(series);
        auto* x = new QBarCategoryAxis;
        x->append(years);
        x->setTitleText(ko ? QStringLiteral("입국 연도") : QStringLiteral("Year of arrival"));
        auto* y = new QValueAxis;
        y->setRange(0, 2000);
        y->setLabelFormat(QStringLiteral("%d"));
        y->setTitleText(ko ? QStringLiteral("입국 인원") : QStringLiteral("People arriving"));
        m_chart->addAxis(x, Qt::AlignBottom);
        m_chart->addAxis(y, Qt::AlignLeft);
        series->attachAxis(x);
        series->attachAxis(y);
        m_chart->setTitle(figure()->title());
    }

    QChart* m_chart;
};

/// Text without white space, dashes made alike: Qt 6.4's PDF writer maps the en dash's glyph
/// back to U+2012 (figure dash), which shares it in Noto Sans CJK.
QString stripped(QString s)
{
    s.remove(
        QRegularExpression(QStringLiteral("[\\s\\x{200B}]"))); // axes keep labels apart with ZWSP
    s.replace(QChar(0x2012), QChar(0x2013));
    return s;
}

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

Run run(const QString& program, const QStringList& args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000))
        return {};
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

/// Counts the LanguageChange events a window receives.
class Window : public QWidget
{
public:
    int languageChanges = 0;

protected:
    void changeEvent(QEvent* event) override
    {
        if (event->type() == QEvent::LanguageChange)
            ++languageChanges;
        QWidget::changeEvent(event);
    }
};

} // namespace

class tst_FigureRenderer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void pdfIsVectorWithTextInItsLanguage_data();
    void pdfIsVectorWithTextInItsLanguage();
    void pdfMetadata();
    void pdfPageSizes_data();
    void pdfPageSizes();
    void pngSizeAndTextChunks_data();
    void pngSizeAndTextChunks();
    void svgParsesAndKeepsText_data();
    void svgParsesAndKeepsText();
    void textScalesWithOutput();
    void caveatIsPrinted();
    void eventSourcesAreCited_data();
    void eventSourcesAreCited();
    void sourcesInOneOrder();
    void manySourcesAreCounted();
    void darkTheme();
    void uiLanguageIsUntouched();
    void unwritablePathLeavesNoFile_data();
    void unwritablePathLeavesNoFile();
    void fullDiskLeavesNoFile();
    void settingsParsing_data();
    void settingsParsing();
    void realFigures_data();
    void realFigures();
    void printThemeIsGrey_data();
    void printThemeIsGrey();

private:
    FigureRenderer renderer(const QList<Observation>& plotted, QString caveat = QString());
    QList<Observation> plotted(const QString& dataset, int firstYear, int lastYear) const;
    QString pdfText(const QString& path, const QStringList& extra = {});

    Store m_store;
    std::unique_ptr<Catalog> m_catalog;
    LanguageManager m_language;
    QTemporaryDir m_dir;
};

void tst_FigureRenderer::initTestCase()
{
    Application::setIdentity();
    Application::setApplicationFont();
    QVERIFY(m_dir.isValid());
    // To look at the exported files: CROSSINGS_KEEP_TEST_FILES=1 keeps them (path printed).
    if (qEnvironmentVariableIsSet("CROSSINGS_KEEP_TEST_FILES")) {
        m_dir.setAutoRemove(false);
        qInfo("Exported files are kept in %s", qPrintable(m_dir.path()));
    }
    QVERIFY2(m_store.openInMemory(), qPrintable(m_store.errorString()));
    m_catalog = std::make_unique<Catalog>();
    QVERIFY(m_catalog->reload(m_store));
    for (const char* tool : {"pdftotext", "pdffonts", "pdfimages", "pdfinfo"})
        QVERIFY2(run(tool, {"-v"}).code == 0,
                 qPrintable(QStringLiteral("%1 is missing: install poppler-utils").arg(tool)));
}

void tst_FigureRenderer::init()
{
    // The UI speaks English; exports choose their own language.
    QVERIFY(m_language.setLanguage("en"));
}

QList<Observation> tst_FigureRenderer::plotted(const QString& dataset, int firstYear,
                                               int lastYear) const
{
    QList<Observation> out;
    for (const Observation& o : m_catalog->observations(dataset)) {
        if (o.plotted && o.series == QLatin1String("total") && o.period.isSingle() &&
            o.period.kind() == Period::Kind::Year && o.period.year() >= firstYear &&
            o.period.year() <= lastYear)
            out << o;
    }
    return out;
}

FigureRenderer tst_FigureRenderer::renderer(const QList<Observation>& observations, QString caveat)
{
    FigureRenderer r(FigureKind::Arrivals, m_catalog.get());
    r.setFactory([observations, caveat](FigureKind, Catalog* catalog, QObject* parent) {
        auto* data = new TestFigureData(catalog, observations);
        data->m_caveat = caveat;
        return new TestFigure(data, parent);
    });
    return r;
}

QString tst_FigureRenderer::pdfText(const QString& path, const QStringList& extra)
{
    const Run r = run("pdftotext", extra + QStringList{path, "-"});
    return r.code == 0 ? r.out : QString();
}

void tst_FigureRenderer::pdfIsVectorWithTextInItsLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("expected");
    // Typed from the sources: MOU's table and the Seoul Economic Daily report of 2003
    // (resources/data/sources.csv; /work/shared/data/arrivals.csv for 1999–2001).
    QTest::newRow("English") << "en"
                             << QStringList{
                                    "Test figure of yearly arrivals",
                                    "People arriving in South Korea, 1999–2004",
                                    "Year of arrival",
                                    "People arriving",
                                    "Arrivals",
                                    "1999",
                                    "2000",
                                    "2001",
                                    "2002",
                                    "2003",
                                    "2004",
                                    "Sources:",
                                    "Seoul Economic Daily report on yearly defector arrivals",
                                    "Ministry of Unification (MOU), Republic of Korea",
                                    "Crossings " CROSSINGS_VERSION};
    QTest::newRow("Korean") << "ko"
                            << QStringList{
                                   "연도별 탈북민 입국자 시험 그림",
                                   "한국 입국 인원, 1999–2004",
                                   "입국 연도",
                                   "입국 인원",
                                   "입국자",
                                   "1999",
                                   "2004",
                                   "출처:",
                                   "98년 이후 국내입국 탈북자 3천여명", // the article's headline
                                   "서울경제",
                                   "2003년",
                                   "Crossings " CROSSINGS_VERSION};
}

void tst_FigureRenderer::pdfIsVectorWithTextInItsLanguage()
{
    QFETCH(QString, language);
    QFETCH(QStringList, expected);
    const FigureRenderer r = renderer(plotted("arrivals", 1999, 2004));
    ExportSettings settings;
    settings.format = ExportFormat::Pdf;
    settings.preset = ExportPreset::A4Landscape;
    settings.language = language;
    const QString path = m_dir.filePath(QStringLiteral("vector-%1.pdf").arg(language));
    QString error;
    QVERIFY2(r.write(path, settings, &error), qPrintable(error));

    const QString text = stripped(pdfText(path));
    for (const QString& e : expected)
        QVERIFY2(text.contains(stripped(e)),
                 qPrintable(QStringLiteral("\"%1\" not in: %2").arg(e, text)));
    // Nothing elided by the chart for lack of room.
    QVERIFY2(!text.contains(QStringLiteral("…")) && !text.contains(QStringLiteral("...")),
             qPrintable(text));

    const Run fonts = run("pdffonts", {path});
    QCOMPARE(fonts.code, 0);
    const QStringList fontLines = fonts.out.split('\n', Qt::SkipEmptyParts).mid(2);
    QVERIFY(!fontLines.isEmpty());
    bool cjk = false;
    for (const QString& line : fontLines) {
        QVERIFY2(line.contains(QRegularExpression("\\byes\\s+(yes|no)\\s+yes\\s+\\d+")) ||
                     line.contains(" yes "),
                 qPrintable(line));
        const QStringList cols = line.simplified().split(' ');
        // name type… emb sub uni object ID: "emb" is the fifth column from the end.
        QCOMPARE(cols.value(cols.size() - 5), QStringLiteral("yes"));
        cjk = cjk || line.contains("CJK", Qt::CaseInsensitive);
    }
    QVERIFY2(cjk, qPrintable(fonts.out));

    const Run images = run("pdfimages", {"-list", path});
    QCOMPARE(images.code, 0);
    QCOMPARE(images.out.split('\n', Qt::SkipEmptyParts).size(), 2); // the header only

    // Every word lies on the page: nothing is cut off at an edge.
    const Run boxes = run("pdftotext", {"-bbox", path, "-"});
    const QRegularExpression page("<page width=\"([\\d.]+)\" height=\"([\\d.]+)\">");
    const QRegularExpressionMatch pm = page.match(boxes.out);
    QVERIFY(pm.hasMatch());
    const double w = pm.captured(1).toDouble();
    const double h = pm.captured(2).toDouble();
    const QRegularExpression word("<word xMin=\"([-\\d.]+)\" yMin=\"([-\\d.]+)\" "
                                  "xMax=\"([-\\d.]+)\" yMax=\"([-\\d.]+)\">([^<]*)<");
    int words = 0;
    for (auto it = word.globalMatch(boxes.out); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        ++words;
        QVERIFY2(m.captured(1).toDouble() >= 0 && m.captured(2).toDouble() >= 0 &&
                     m.captured(3).toDouble() <= w && m.captured(4).toDouble() <= h,
                 qPrintable(m.captured(5)));
    }
    QVERIFY(words > 20);
}

void tst_FigureRenderer::pdfMetadata()
{
    const QList<Observation> obs = plotted("arrivals", 1999, 2004);
    const FigureRenderer r = renderer(obs);
    ExportSettings settings;
    settings.format = ExportFormat::Pdf;
    settings.language = "ko";
    const QString path = m_dir.filePath("metadata.pdf");
    QVERIFY(r.write(path, settings));

    const Run info = run("pdfinfo", {path});
    QCOMPARE(info.code, 0);
    QVERIFY2(info.err.isEmpty(),
             qPrintable(info.err)); // the patched cross-reference table is sound
    QVERIFY2(info.out.contains(QRegularExpression("^Title:\\s+연도별 탈북민 입국자 시험 그림$",
                                                  QRegularExpression::MultilineOption)),
             qPrintable(info.out));
    QVERIFY2(info.out.contains(QRegularExpression("^Creator:\\s+Crossings " CROSSINGS_VERSION "$",
                                                  QRegularExpression::MultilineOption)),
             qPrintable(info.out));
    QVERIFY2(info.out.contains(QRegularExpression("^Subject:.*98년 이후 국내입국 탈북자.*",
                                                  QRegularExpression::MultilineOption)),
             qPrintable(info.out));
    QVERIFY2(info.out.contains("crossings:figure=arrivals"), qPrintable(info.out));
    QVERIFY2(info.out.contains("crossings:sources=mou-table-2020,sedaily-2003"),
             qPrintable(info.out));

    // The XMP packet: the provenance, machine-readable.
    const Run meta = run("pdfinfo", {"-meta", path});
    QCOMPARE(meta.code, 0);
    const QRegularExpression json("<crossings:provenance>([^<]*)</crossings:provenance>");
    const QRegularExpressionMatch m = json.match(meta.out);
    QVERIFY2(m.hasMatch(), qPrintable(meta.out));
    QString jsonText = m.captured(1);
    jsonText.replace("&quot;", "\"").replace("&amp;", "&");
    const QJsonObject p = QJsonDocument::fromJson(jsonText.toUtf8()).object();
    QCOMPARE(p.value("figure").toString(), QStringLiteral("arrivals"));
    QCOMPARE(p.value("language").toString(), QStringLiteral("ko"));
    // MOU's table was published in 2020, the Seoul Economic Daily report in 2003.
    QCOMPARE(p.value("dataDate").toString(), QStringLiteral("2020"));
    QCOMPARE(p.value("dataChecksum").toString(), Catalog::checksum(obs));
    QCOMPARE(p.value("sources").toArray().toVariantList(),
             (QVariantList{"mou-table-2020", "sedaily-2003"}));
    QCOMPARE(p.value("crossingsVersion").toString(), QStringLiteral(CROSSINGS_VERSION));
    QVERIFY(meta.out.contains("<crossings:dataChecksum>" + Catalog::checksum(obs) +
                              "</crossings:dataChecksum>"));
    QVERIFY(meta.out.contains("<dc:title>"));
}

void tst_FigureRenderer::pdfPageSizes_data()
{
    QTest::addColumn<int>("preset");
    QTest::addColumn<QSize>("custom");
    QTest::addColumn<int>("dpi");
    QTest::addColumn<QString>("points"); // pdfinfo's "Page size: W x H pts"
    QTest::newRow("A4 landscape") << int(ExportPreset::A4Landscape) << QSize() << 300
                                  << "842 x 595 pts (A4)";
    QTest::newRow("A4 portrait") << int(ExportPreset::A4Portrait) << QSize() << 96
                                 << "595 x 842 pts (A4)";
    // 1920 × 1080 pixels at 96 dpi: 20 × 11.25 inches.
    QTest::newRow("16:9 at 96 dpi")
        << int(ExportPreset::Slide16x9) << QSize() << 96 << "1440 x 810 pts";
    QTest::newRow("custom at 144 dpi")
        << int(ExportPreset::Custom) << QSize(720, 1440) << 144 << "360 x 720 pts";
}

void tst_FigureRenderer::pdfPageSizes()
{
    QFETCH(int, preset);
    QFETCH(QSize, custom);
    QFETCH(int, dpi);
    QFETCH(QString, points);
    const FigureRenderer r = renderer(plotted("arrivals", 2002, 2004));
    ExportSettings settings;
    settings.format = ExportFormat::Pdf;
    settings.preset = ExportPreset(preset);
    settings.customSize = custom;
    settings.dpi = dpi;
    const QString path = m_dir.filePath("page.pdf");
    QVERIFY(r.write(path, settings));
    const Run info = run("pdfinfo", {path});
    QVERIFY2(info.out.contains(
                 QRegularExpression("Page size:\\s+" + QRegularExpression::escape(points))),
             qPrintable(info.out));
    QVERIFY(stripped(pdfText(path)).contains("Testfigureofyearlyarrivals"));
}

void tst_FigureRenderer::pngSizeAndTextChunks_data()
{
    QTest::addColumn<int>("preset");
    QTest::addColumn<QSize>("custom");
    QTest::addColumn<int>("dpi");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QSize>("size");
    QTest::newRow("16:9") << int(ExportPreset::Slide16x9) << QSize() << 96 << "en"
                          << QSize(1920, 1080);
    QTest::newRow("4:3 Korean") << int(ExportPreset::Slide4x3) << QSize() << 96 << "ko"
                                << QSize(1600, 1200);
    QTest::newRow("custom") << int(ExportPreset::Custom) << QSize(1001, 667) << 72 << "en"
                            << QSize(1001, 667);
    // A4 at 150 dpi: 297 mm = 1753.9 px, 210 mm = 1240.2 px.
    QTest::newRow("A4 portrait at 150 dpi")
        << int(ExportPreset::A4Portrait) << QSize() << 150 << "ko" << QSize(1240, 1754);
}

void tst_FigureRenderer::pngSizeAndTextChunks()
{
    QFETCH(int, preset);
    QFETCH(QSize, custom);
    QFETCH(int, dpi);
    QFETCH(QString, language);
    QFETCH(QSize, size);
    const FigureRenderer r = renderer(plotted("arrivals", 1999, 2004));
    ExportSettings settings;
    settings.preset = ExportPreset(preset);
    settings.customSize = custom;
    settings.dpi = dpi;
    settings.language = language;
    const QString path = m_dir.filePath("size.png");
    QVERIFY(r.write(path, settings));

    QImageReader reader(path);
    QCOMPARE(reader.format(), QByteArray("png"));
    QCOMPARE(reader.size(), size);
    QCOMPARE(reader.text("Title"), language == "ko"
                                       ? QStringLiteral("연도별 탈북민 입국자 시험 그림")
                                       : QStringLiteral("Test figure of yearly arrivals"));
    QVERIFY(reader.text("Source").contains(
        language == "ko" ? QStringLiteral("서울경제") : QStringLiteral("Seoul Economic Daily")));
    QVERIFY(reader.text("Source").contains(language == "ko"
                                               ? QStringLiteral("통일부")
                                               : QStringLiteral("Ministry of Unification (MOU)")));
    QCOMPARE(reader.text("Software"), QStringLiteral("Crossings " CROSSINGS_VERSION));
    const QJsonObject p =
        QJsonDocument::fromJson(reader.text("Crossings-Provenance").toUtf8()).object();
    QCOMPARE(p.value("figure").toString(), QStringLiteral("arrivals"));
    QCOMPARE(p.value("language").toString(), language);
    QCOMPARE(p.value("dataDate").toString(), QStringLiteral("2020"));
    QCOMPARE(p.value("sources").toArray().size(), 2);
    QCOMPARE(p.value("crossingsVersion").toString(), QStringLiteral(CROSSINGS_VERSION));
    QCOMPARE(p.value("options").toObject().value("theme").toString(), QStringLiteral("light"));
    const QImage image = reader.read();
    QCOMPARE(image.size(), size);
    QCOMPARE(qRound(image.dotsPerMeterX() * 0.0254), dpi);
}

void tst_FigureRenderer::svgParsesAndKeepsText_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("axis");
    QTest::newRow("English") << "en"
                             << "Test figure of yearly arrivals"
                             << "Year of arrival";
    QTest::newRow("Korean") << "ko"
                            << "연도별 탈북민 입국자 시험 그림"
                            << "입국 연도";
}

void tst_FigureRenderer::svgParsesAndKeepsText()
{
    QFETCH(QString, language);
    QFETCH(QString, title);
    QFETCH(QString, axis);
    const FigureRenderer r = renderer(plotted("arrivals", 1999, 2004));
    ExportSettings settings;
    settings.format = ExportFormat::Svg;
    settings.language = language;
    const QString path = m_dir.filePath("figure.svg");
    QVERIFY(r.write(path, settings));

    QSvgRenderer svg(path);
    QVERIFY(svg.isValid());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QString svgTitle, desc, texts, figure;
    QStringList sources;
    while (!xml.atEnd() && !xml.hasError()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("title"))
            svgTitle = xml.readElementText();
        else if (xml.name() == QLatin1String("desc"))
            desc = xml.readElementText();
        else if (xml.name() == QLatin1String("text"))
            texts += xml.readElementText(QXmlStreamReader::IncludeChildElements);
        else if (xml.name() == QLatin1String("provenance"))
            figure = xml.attributes().value("figure").toString();
        else if (xml.name() == QLatin1String("source"))
            sources << xml.attributes().value("id").toString();
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(svgTitle, title);
    QVERIFY(desc.contains("\"figure\":\"arrivals\""));
    QVERIFY(desc.contains("\"language\":\"" + language + "\""));
    QCOMPARE(figure, QStringLiteral("arrivals"));
    QCOMPARE(sources, (QStringList{"mou-table-2020", "sedaily-2003"}));
    QVERIFY2(stripped(texts).contains(stripped(title)), qPrintable(texts));
    QVERIFY2(stripped(texts).contains(stripped(axis)), qPrintable(texts));
    QCOMPARE(svg.viewBoxF(), QRectF(0, 0, 1920, 1080));
}

void tst_FigureRenderer::textScalesWithOutput()
{
    // The same figure on a page of twice the size has text of twice the size: the height of the
    // title's first word, as pdftotext measures it.
    const FigureRenderer r = renderer(plotted("arrivals", 1999, 2004));
    const auto titleHeight = [&](const QSize& size) {
        ExportSettings settings;
        settings.format = ExportFormat::Pdf;
        settings.preset = ExportPreset::Custom;
        settings.customSize = size;
        const QString path = m_dir.filePath("scale.pdf");
        if (!r.write(path, settings))
            return -1.0;
        const QRegularExpression word(
            "<word xMin=\"[\\d.]+\" yMin=\"([\\d.]+)\" xMax=\"[\\d.]+\" yMax=\"([\\d.]+)\">Test<");
        const QRegularExpressionMatch m = word.match(run("pdftotext", {"-bbox", path, "-"}).out);
        return m.hasMatch() ? m.captured(2).toDouble() - m.captured(1).toDouble() : -1.0;
    };
    const double big = titleHeight(QSize(1920, 1080));
    const double small = titleHeight(QSize(960, 540));
    QVERIFY(big > 0 && small > 0);
    QVERIFY2(qAbs(big / small - 2.0) < 0.05,
             qPrintable(QStringLiteral("%1 vs %2").arg(big).arg(small)));
}

void tst_FigureRenderer::eventSourcesAreCited_data()
{
    QTest::addColumn<int>("kind");
    QTest::newRow("arrivals") << int(FigureKind::Arrivals);
    QTest::newRow("trade") << int(FigureKind::Trade);
}

void tst_FigureRenderer::eventSourcesAreCited()
{
    // Issue 18 item 7: the event markers an export draws are dated claims; their sources are
    // listed with the figures' own in the footer and the metadata.
    QFETCH(int, kind);
    const std::unique_ptr<FigureChart> figure(
        FigureChart::create(FigureKind(kind), m_catalog.get()));
    const QStringList eventSources = figure->figure()->eventSourceIds();
    QVERIFY(!eventSources.isEmpty());
    QStringList plottedSources;
    for (const Observation& o : figure->figure()->plottedObservations())
        plottedSources << o.sourceId;
    const FigureRenderer r(FigureKind(kind), m_catalog.get());
    const Provenance p = r.provenance(ExportSettings());
    for (const QString& id : eventSources)
        QVERIFY2(p.sourceIds.contains(id), qPrintable(id));
    for (const QString& id : std::as_const(plottedSources))
        QVERIFY2(p.sourceIds.contains(id), qPrintable(id));
    // At least one event source is not a plotted figure's source (the seeds date the events),
    // so the check is not satisfied by the figures alone.
    bool extra = false;
    for (const QString& id : eventSources)
        extra = extra || !plottedSources.contains(id);
    QVERIFY(extra);
}

void tst_FigureRenderer::sourcesInOneOrder()
{
    // Issue 20: "the sources of this figure" was computed in four places, in two orders (by use
    // in the footer, by id in the metadata, by first appearance in the briefing pack). One order
    // now: the figures' sources, most figures first, then the event markers' not among them.
    const std::unique_ptr<FigureChart> figure(
        FigureChart::create(FigureKind::Arrivals, m_catalog.get()));
    const FigureRenderer r(FigureKind::Arrivals, m_catalog.get());
    ExportSettings settings;
    settings.language = QStringLiteral("en");
    const QStringList ids = r.provenance(settings).sourceIds; // the metadata
    QVERIFY(ids.size() >= 3);
    QHash<QString, int> figures;
    for (const Observation& o : figure->figure()->plottedObservations())
        ++figures[o.sourceId];
    // The MOU table gives most of the default range's figures (tst_citationpanel: 20).
    QCOMPARE(ids.constFirst(), QStringLiteral("mou-table-2020"));
    bool markers = false;
    for (int i = 0; i < ids.size(); ++i) {
        if (i > 0)
            QVERIFY2(figures.value(ids.at(i - 1)) >= figures.value(ids.at(i)),
                     qPrintable(ids.at(i)));
        markers = markers || !figures.contains(ids.at(i));
    }
    QVERIFY(markers); // an event marker's source comes last

    // Each place lists the same sources in this order: find their titles one after another.
    const auto inOrder = [&](const QString& where, const QString& text) {
        qsizetype at = -1;
        for (const QString& id : ids) {
            const QString title = m_catalog->source(id).titleEn;
            const qsizetype next = text.indexOf(title, at + 1);
            if (next < 0)
                return where + QStringLiteral(": ") + id +
                       QStringLiteral(" missing or out of order");
            at = next;
        }
        return QString();
    };
    // The footer: a PNG carries it whole in its Source chunk.
    const QString png = m_dir.filePath(QStringLiteral("order.png"));
    QVERIFY(r.write(png, settings));
    const QString footer = QImageReader(png).text(QStringLiteral("Source"));
    QVERIFY(!footer.isEmpty());
    QCOMPARE(inOrder("footer", footer), QString());
    // The Sources panel, without a selection.
    CitationPanel panel(m_catalog.get());
    panel.setFigure(figure.get());
    QCOMPARE(inOrder("panel", panel.text()), QString());
    // The briefing pack: arrivals is its first figure, so its sources open the pack's list.
    BriefingOptions options;
    BriefingWriter writer(m_catalog.get(), options);
    QString error;
    const QByteArray pdf = writer.encode(&error);
    QVERIFY2(!pdf.isEmpty(), qPrintable(error));
    const ExportMetadata::Result pack = ExportMetadata::fromBytes(pdf);
    QCOMPARE(pack.status, ExportMetadata::Status::Found);
    QStringList packSources;
    for (const QJsonValue& v : pack.provenance.value(QStringLiteral("sources")).toArray())
        packSources << v.toString();
    QCOMPARE(packSources.mid(0, ids.size()), ids);
}

void tst_FigureRenderer::caveatIsPrinted()
{
    const FigureRenderer r =
        renderer(plotted("arrivals", 1999, 2004), "1999–2001 are also published as one total");
    ExportSettings settings;
    settings.format = ExportFormat::Pdf;
    const QString path = m_dir.filePath("caveat.pdf");
    QVERIFY(r.write(path, settings));
    QVERIFY(stripped(pdfText(path))
                .contains(stripped("Note: 1999–2001 are also published as one total")));
}

void tst_FigureRenderer::manySourcesAreCounted()
{
    // Every plotted trade figure: more sources than a footer holds.
    QList<Observation> obs;
    QSet<QString> ids;
    for (const Observation& o : m_catalog->observations("trade")) {
        if (o.plotted) {
            obs << o;
            ids.insert(o.sourceId);
        }
    }
    QVERIFY(ids.size() > 8);
    const FigureRenderer r = renderer(obs);
    ExportSettings settings;
    settings.format = ExportFormat::Pdf;
    const QString path = m_dir.filePath("many.pdf");
    QVERIFY(r.write(path, settings));
    const QString text = pdfText(path).simplified();
    const QRegularExpression more("(?<![\\d,.])(\\d+) more sources, listed in the file's metadata");
    const QRegularExpressionMatch m = more.match(text);
    QVERIFY2(m.hasMatch(), qPrintable(text));
    QVERIFY(m.captured(1).toInt() > 0 && m.captured(1).toInt() < ids.size());
    // The metadata still names every source.
    const Run info = run("pdfinfo", {path});
    QVERIFY(info.out.contains("crossings:sources="));
    const QString list =
        QRegularExpression("crossings:sources=([^;\\n]*)").match(info.out).captured(1);
    QCOMPARE(list.split(',').size(), ids.size());
}

void tst_FigureRenderer::darkTheme()
{
    const FigureRenderer r = renderer(plotted("arrivals", 1999, 2004));
    ExportSettings settings;
    settings.theme = Theme::Dark;
    const QImage dark = r.image(settings);
    QVERIFY(QColor(dark.pixel(2, 2)).lightnessF() < 0.3);
    settings.theme = Theme::Light;
    const QImage light = r.image(settings);
    QVERIFY(QColor(light.pixel(2, 2)).lightnessF() > 0.9);
}

void tst_FigureRenderer::uiLanguageIsUntouched()
{
    Window window;
    window.show();
    QCoreApplication::processEvents();
    window.languageChanges = 0;
    const FigureRenderer r = renderer(plotted("arrivals", 1999, 2004));
    ExportSettings settings;
    settings.language = "ko";
    QVERIFY(!r.image(settings).isNull());
    QCoreApplication::processEvents();
    QCOMPARE(window.languageChanges, 0);
    QCOMPARE(LanguageScope::current(), QStringLiteral("en"));
    QCOMPARE(QLocale().language(), QLocale::English);
    QCOMPARE(QCoreApplication::translate("FigureRenderer", "Sources: %1"),
             QStringLiteral("Sources: %1"));

    // Korean UI, English export: no Korean leaks into the figure.
    QVERIFY(m_language.setLanguage("ko"));
    QCoreApplication::processEvents();
    window.languageChanges = 0;
    settings.language = "en";
    settings.format = ExportFormat::Pdf;
    const QString path = m_dir.filePath("english-from-korean-ui.pdf");
    QVERIFY(r.write(path, settings));
    const QString text = pdfText(path);
    QVERIFY2(stripped(text).contains("Sources:"), qPrintable(text));
    QVERIFY2(!text.contains("출처") && stripped(text).contains("Testfigureofyearlyarrivals"),
             qPrintable(text));
    QCoreApplication::processEvents();
    QCOMPARE(window.languageChanges, 0);
    QCOMPARE(LanguageScope::current(), QStringLiteral("ko"));
}

void tst_FigureRenderer::unwritablePathLeavesNoFile_data()
{
    QTest::addColumn<QString>("relative");
    QTest::addColumn<QString>("message");
    QTest::newRow("missing folder") << "no/such/folder/out.pdf"
                                    << "does not exist";
    QTest::newRow("folder is a file") << "plain.txt/out.png"
                                      << "does not exist";
    QTest::newRow("target is a folder") << "afolder.svg"
                                        << "it is a folder";
}

void tst_FigureRenderer::unwritablePathLeavesNoFile()
{
    QFETCH(QString, relative);
    QFETCH(QString, message);
    QTemporaryDir dir;
    QFile plain(dir.filePath("plain.txt"));
    QVERIFY(plain.open(QIODevice::WriteOnly));
    plain.close();
    QVERIFY(QDir(dir.path()).mkdir("afolder.svg"));
    const QStringList before =
        QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
    const FigureRenderer r = renderer(plotted("arrivals", 1999, 2004));
    ExportSettings settings;
    settings.format = *ExportSettings::formatOf(relative);
    QString error;
    QVERIFY(!r.write(dir.filePath(relative), settings, &error));
    QVERIFY2(error.contains(message), qPrintable(error));
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
             before);
}

void tst_FigureRenderer::fullDiskLeavesNoFile()
{
    // A file-size limit makes the write fail half-way, as a full disk does.
    QTemporaryDir dir;
    const FigureRenderer r = renderer(plotted("arrivals", 1999, 2004));
    ExportSettings settings;
    settings.format = ExportFormat::Pdf;
    rlimit old{};
    QCOMPARE(getrlimit(RLIMIT_FSIZE, &old), 0);
    const auto oldHandler = std::signal(SIGXFSZ, SIG_IGN);
    rlimit limit = old;
    limit.rlim_cur = 4096;
    QCOMPARE(setrlimit(RLIMIT_FSIZE, &limit), 0);
    QString error;
    const bool ok = r.write(dir.filePath("full.pdf"), settings, &error);
    setrlimit(RLIMIT_FSIZE, &old);
    std::signal(SIGXFSZ, oldHandler);
    QVERIFY(!ok);
    QVERIFY2(error.contains("Nothing was written"), qPrintable(error));
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
             QStringList());
}

void tst_FigureRenderer::settingsParsing_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QSize>("size");
    QTest::newRow("plain") << "1920x1080" << QSize(1920, 1080);
    QTest::newRow("capital X") << "800X600" << QSize(800, 600);
    QTest::newRow("times sign") << "1024×768" << QSize(1024, 768);
    QTest::newRow("spaces") << " 640 x 480 " << QSize(640, 480);
    QTest::newRow("one number") << "1920" << QSize();
    QTest::newRow("negative") << "-5x10" << QSize();
    QTest::newRow("letters") << "widexhigh" << QSize();
    QTest::newRow("decimal") << "19.2x10" << QSize();
}

void tst_FigureRenderer::settingsParsing()
{
    QFETCH(QString, text);
    QFETCH(QSize, size);
    QCOMPARE(ExportSettings::parseSize(text), size);
}

void tst_FigureRenderer::realFigures_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("expected");
    // Typed from the curated sources (/work/shared/data): the 2009 peak of 2,914 arrivals and the
    // 63 of 2021 (MOU); China's customs figures for 2019–2021 as reported by Yonhap; the latest
    // cumulative arrivals in South Korea, 34,537 to the end of 2025 (Newsis, 4 Feb 2026; issue
    // 18.6: not seed 002's 33,826 of March 2022); region names from regions.csv.
    QTest::newRow("arrivals en") << int(FigureKind::Arrivals) << "en"
                                 << QStringList{"2,914", "2009",     "63",
                                                "2021",  "Sources:", "Ministry of Unification"};
    QTest::newRow("arrivals ko") << int(FigureKind::Arrivals) << "ko"
                                 << QStringList{"2,914", "2009", "출처:", "통일부"};
    QTest::newRow("trade en") << int(FigureKind::Trade) << "en"
                              << QStringList{"2019", "2020", "2021", "Yonhap", "Sources:"};
    QTest::newRow("trade ko") << int(FigureKind::Trade) << "ko"
                              << QStringList{"2019년", "2020년", "2021년", "출처:"};
    QTest::newRow("destinations en")
        << int(FigureKind::Destinations) << "en"
        << QStringList{"34,537",         "South Korea", "China",   "United States",
                       "United Kingdom", "Canada",      "Sources:"};
    QTest::newRow("destinations ko")
        << int(FigureKind::Destinations) << "ko"
        << QStringList{"34,537", "대한민국", "중국", "미국", "영국", "캐나다", "출처:"};
}

void tst_FigureRenderer::realFigures()
{
    QFETCH(int, kind);
    QFETCH(QString, language);
    QFETCH(QStringList, expected);
    const FigureRenderer r(FigureKind(kind), m_catalog.get());
    // What the figure says in that language: its title, subtitle, axis titles and category
    // names. (Tick labels depend on the room the axis has: the PDF must just show none
    // shortened, and the hand-typed years and values.)
    QStringList texts;
    QList<Observation> plotted;
    QStringList eventSources;
    {
        const LanguageScope scope(language);
        std::unique_ptr<FigureChart> figure(FigureChart::create(FigureKind(kind), m_catalog.get()));
        texts << figure->figure()->title() << figure->figure()->subtitle();
        for (QAbstractAxis* axis : figure->chart()->axes()) {
            texts << axis->titleText();
            if (auto* b = qobject_cast<QBarCategoryAxis*>(axis))
                texts << b->categories();
        }
        plotted = figure->figure()->plottedObservations();
        eventSources = figure->figure()->eventSourceIds();
    }
    texts.removeAll(QString());
    QVERIFY(texts.size() >= 3);

    for (const auto& [preset, format] : {std::pair{ExportPreset::A4Landscape, ExportFormat::Pdf},
                                         std::pair{ExportPreset::Slide16x9, ExportFormat::Pdf},
                                         std::pair{ExportPreset::A4Portrait, ExportFormat::Pdf}}) {
        ExportSettings settings;
        settings.format = format;
        settings.preset = preset;
        settings.language = language;
        const QString path = m_dir.filePath(
            QStringLiteral("real-%1-%2-%3.pdf").arg(kind).arg(language).arg(int(preset)));
        QString error;
        QVERIFY2(r.write(path, settings, &error), qPrintable(error));
        const QString text = stripped(pdfText(path));
        for (const QString& e : expected + texts)
            QVERIFY2(text.contains(stripped(e)),
                     qPrintable(QStringLiteral("\"%1\" not in (preset %2): %3")
                                    .arg(e)
                                    .arg(int(preset))
                                    .arg(text)));
        // Qt Charts shortens a tick label or legend entry that has no room to "...".
        QVERIFY2(!text.contains("..."), qPrintable(text));

        const Run fonts = run("pdffonts", {path});
        QVERIFY2(fonts.out.contains("NotoSansCJKkr"), qPrintable(fonts.out));
        QVERIFY(!fonts.out.contains(" no  ") || fonts.out.count(" yes ") >= 2);
        QCOMPARE(run("pdfimages", {"-list", path}).out.split('\n', Qt::SkipEmptyParts).size(), 2);

        // Every word on the page.
        const Run boxes = run("pdftotext", {"-bbox", path, "-"});
        const QRegularExpressionMatch pm =
            QRegularExpression("<page width=\"([\\d.]+)\" height=\"([\\d.]+)\">").match(boxes.out);
        QVERIFY(pm.hasMatch());
        const QRegularExpression word("<word xMin=\"([-\\d.]+)\" yMin=\"([-\\d.]+)\" "
                                      "xMax=\"([-\\d.]+)\" yMax=\"([-\\d.]+)\">([^<]*)<");
        for (auto it = word.globalMatch(boxes.out); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            QVERIFY2(m.captured(1).toDouble() >= 0 && m.captured(2).toDouble() >= 0 &&
                         m.captured(3).toDouble() <= pm.captured(1).toDouble() + 0.5 &&
                         m.captured(4).toDouble() <= pm.captured(2).toDouble() + 0.5,
                     qPrintable(m.captured(5)));
        }
    }

    // Provenance: the plotted figures' and the event markers' sources, newest date and
    // checksum (of the plotted figures).
    ExportSettings settings;
    settings.language = language;
    const Provenance p = r.provenance(settings);
    QSet<QString> ids;
    for (const Observation& o : std::as_const(plotted))
        ids.insert(o.sourceId);
    for (const QString& id : std::as_const(eventSources))
        ids.insert(id);
    // Each once; their order is sourcesInOneOrder()'s.
    QCOMPARE(QSet<QString>(p.sourceIds.cbegin(), p.sourceIds.cend()), ids);
    QCOMPARE(p.sourceIds.size(), ids.size());
    QCOMPARE(p.dataDate, m_catalog->newestDate(plotted));
    QCOMPARE(p.dataChecksum, Catalog::checksum(plotted));
    QCOMPARE(p.figure, Figure::name(FigureKind(kind)));
}

void tst_FigureRenderer::printThemeIsGrey_data()
{
    QTest::addColumn<int>("kind");
    QTest::newRow("arrivals") << int(FigureKind::Arrivals);
    QTest::newRow("trade") << int(FigureKind::Trade);
    QTest::newRow("destinations") << int(FigureKind::Destinations);
}

void tst_FigureRenderer::printThemeIsGrey()
{
    QFETCH(int, kind);
    const FigureRenderer r(FigureKind(kind), m_catalog.get());
    ExportSettings settings;
    settings.theme = Theme::Print;
    settings.preset = ExportPreset::Custom;
    settings.customSize = QSize(960, 540);
    const QImage print = r.image(settings);
    int coloured = 0;
    for (int y = 0; y < print.height(); ++y) {
        const QRgb* line = reinterpret_cast<const QRgb*>(print.constScanLine(y));
        for (int x = 0; x < print.width(); ++x) {
            const int red = qRed(line[x]), green = qGreen(line[x]), blue = qBlue(line[x]);
            if (qAbs(red - green) > 10 || qAbs(green - blue) > 10)
                ++coloured;
        }
    }
    QCOMPARE(coloured, 0);
    // The other themes use colour, and the dark one a dark background.
    settings.theme = Theme::Dark;
    const QImage dark = r.image(settings);
    QCOMPARE(QColor(dark.pixel(1, 1)), ChartPalette::style(Theme::Dark).background);
}

QTEST_MAIN(tst_FigureRenderer)
#include "tst_figurerenderer.moc"
