// SPDX-License-Identifier: GPL-3.0-or-later
// Exported figures speak to their audience (issue 19.6): every figure, in English and Korean, as
// PDF (pdftotext), SVG (its text, title and description) and PNG (its text chunks) carries no
// reference to the app ("the Sources panel", "crossings data sources", "the citation panel")
// and no internal id (the curated material's "seed-002", "(I-17)", a source's id such as
// "voa-ko-2020-10"). The machine-readable provenance (PNG Crossings-Provenance, SVG <metadata>,
// PDF keywords and XMP) names sources by id on purpose and is not reader text.
#include "application.h"
#include "citationpanel.h"
#include "core/catalog.h"
#include "figurechart.h"
#include "figurerenderer.h"
#include "itemmodels/roles.h"
#include "languagemanager.h"
#include "ownsettings.h"
#include "storage/store.h"

#include <QBuffer>
#include <QImageReader>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <memory>

Q_DECLARE_METATYPE(FigureKind)
Q_DECLARE_METATYPE(FigureOptions)

class tst_ExportTexts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void readerFacingOnly_data();
    void readerFacingOnly();
    void moreSourcesSayWhere();
    void windowTextHasNoInternalIds_data();
    void windowTextHasNoInternalIds();

private:
    /// What a reader must not meet; windowText: references to the window's own panels are
    /// fine there.
    QStringList problems(const QString& text, bool windowText = false) const;

    Store m_store;
    std::unique_ptr<Catalog> m_catalog;
    std::unique_ptr<LanguageManager> m_language;
    QTemporaryDir m_dir;
    QStringList m_sourceIds;
    /// Any source id as a word of its own, compiled once (a pattern per id and text took most
    /// of this test's minutes).
    QRegularExpression m_anySourceId;
};

void tst_ExportTexts::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Application::setIdentity();
    Application::setApplicationFont();
    QVERIFY2(TestSupport::settingsProblem().isEmpty(), qPrintable(TestSupport::settingsProblem()));
    QVERIFY(m_store.openInMemory());
    m_catalog = std::make_unique<Catalog>();
    QVERIFY(m_catalog->reload(m_store));
    m_language = std::make_unique<LanguageManager>();
    Snapshot s;
    QVERIFY(m_store.load(&s));
    m_sourceIds = s.sources.keys();
    QVERIFY(m_sourceIds.size() > 20);
    QStringList escaped;
    for (const QString& id : std::as_const(m_sourceIds))
        escaped << QRegularExpression::escape(id);
    m_anySourceId.setPattern(
        QStringLiteral("(?<![\\w./-])(?:%1)(?![\\w/-])").arg(escaped.join(QLatin1Char('|'))));
    QVERIFY(m_anySourceId.isValid());
    // The check finds an id standing alone, and not one inside an address or a longer word. A
    // named id (resources/data/sources.csv): the ids' hash order changes from run to run, and
    // the bundled "seed-000" ids are also caught as internal ids.
    const QString id = QStringLiteral("yonhap-2021-01-20");
    QVERIFY(m_sourceIds.contains(id));
    QCOMPARE(problems(QStringLiteral("see %1, and").arg(id), false), QStringList{id});
    QCOMPARE(problems(QStringLiteral("https://example.org/%1 x%1-y").arg(id), false),
             QStringList());
}

QStringList tst_ExportTexts::problems(const QString& text, bool windowText) const
{
    QStringList out;
    // References to the app a reader of a slide cannot follow.
    static const QRegularExpression app(
        QStringLiteral("Sources panel|citation panel|crossings data|full list:|출처 패널|출처 창|"
                       "인용 패널|crossings 데이터"),
        QRegularExpression::CaseInsensitiveOption);
    // The curated material's ids, as tst_datarules::noInternalIds knows them.
    static const QRegularExpression internal(
        QStringLiteral("\\(I-\\d+\\)|\\bI-\\d+\\b|seed-\\d+|\\bseeds?\\b|시드"));
    for (const QRegularExpression* re : {&app, &internal}) {
        if (windowText && re == &app)
            continue;
        auto it = re->globalMatch(text);
        while (it.hasNext())
            out << it.next().captured(0);
    }
    // A bare "(unconfirmed)" reads as if the figure were unconfirmed: say what is.
    if (text.contains(QStringLiteral("(unconfirmed)")))
        out << QStringLiteral("(unconfirmed)");
    // Source ids ("voa-ko-2020-10") outside an address.
    QString withoutUrls = text;
    withoutUrls.remove(QRegularExpression(QStringLiteral("https?://\\S+")));
    auto ids = m_anySourceId.globalMatch(withoutUrls);
    while (ids.hasNext())
        out << ids.next().captured(0);
    return out;
}

void tst_ExportTexts::readerFacingOnly_data()
{
    QTest::addColumn<FigureKind>("kind");
    QTest::addColumn<FigureOptions>("options");
    QTest::addColumn<QString>("language");
    for (const char* language : {"en", "ko"}) {
        FigureOptions o;
        QTest::addRow("arrivals %s", language) << FigureKind::Arrivals << o << language;
        o.quarterly = true;
        QTest::addRow("arrivals quarterly %s", language) << FigureKind::Arrivals << o << language;
        o = FigureOptions();
        o.bars = true;
        o.sexSplit = true;
        o.firstYear = 1990;
        o.lastYear = 2030;
        QTest::addRow("arrivals bars all years %s", language)
            << FigureKind::Arrivals << o << language;
        o = FigureOptions();
        QTest::addRow("trade %s", language) << FigureKind::Trade << o << language;
        o.logScale = true;
        o.firstYear = 1990;
        o.lastYear = 2030;
        QTest::addRow("trade log all years %s", language) << FigureKind::Trade << o << language;
        for (int view = 0; view < 4; ++view) {
            o = FigureOptions();
            o.destinationsView = DestinationsView(view);
            QTest::addRow("destinations %d %s", view, language)
                << FigureKind::Destinations << o << language;
        }
    }
}

void tst_ExportTexts::readerFacingOnly()
{
    QFETCH(FigureKind, kind);
    QFETCH(FigureOptions, options);
    QFETCH(QString, language);
    const FigureRenderer renderer(kind, m_catalog.get(), options);
    ExportSettings settings;
    settings.language = language;
    QStringList found;
    const QString tag = QString::fromLatin1(QTest::currentDataTag()).replace(' ', '-');

    // PDF, on a slide and on an A4 portrait page (where the sources are cut short).
    for (ExportPreset preset : {ExportPreset::Slide16x9, ExportPreset::A4Portrait}) {
        settings.format = ExportFormat::Pdf;
        settings.preset = preset;
        const QString pdf = m_dir.filePath(tag + QString::number(int(preset)) + ".pdf");
        QString error;
        QVERIFY2(renderer.write(pdf, settings, &error), qPrintable(error));
        QProcess p;
        p.start("pdftotext", {"-enc", "UTF-8", pdf, "-"});
        QVERIFY(p.waitForFinished(30000));
        const QString text = QString::fromUtf8(p.readAllStandardOutput());
        QVERIFY2(text.size() > 100, qPrintable(text));
        // pdftotext breaks lines where the page does; a phrase may run across two.
        for (const QString& f : problems(QString(text).replace('\n', ' ')))
            found << QStringLiteral("PDF: ") + f;
        // The document's subject (the full source list) is reader text too.
        QProcess info;
        info.start("pdfinfo", {"-enc", "UTF-8", pdf});
        QVERIFY(info.waitForFinished(30000));
        const QString meta = QString::fromUtf8(info.readAllStandardOutput());
        const QString subject = QRegularExpression(QStringLiteral("^Subject:\\s*(.*)$"),
                                                   QRegularExpression::MultilineOption)
                                    .match(meta)
                                    .captured(1);
        QVERIFY2(!subject.isEmpty(), qPrintable(meta));
        for (const QString& f : problems(subject))
            found << QStringLiteral("PDF subject: ") + f;
    }

    // SVG: every text element, the title and the description without its provenance line.
    settings.format = ExportFormat::Svg;
    settings.preset = ExportPreset::Slide16x9;
    QString error;
    const QByteArray svg = renderer.encode(settings, &error);
    QVERIFY2(!svg.isEmpty(), qPrintable(error));
    QStringList svgText;
    QString descText;
    QXmlStreamReader xml(svg);
    QStringList open;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement())
            open << xml.name().toString();
        else if (xml.isEndElement())
            open.removeLast();
        else if (xml.isCharacters() && !open.isEmpty()) {
            if (open.last() == QLatin1String("desc"))
                descText += xml.text();
            else if (open.contains(QLatin1String("text")) || open.last() == QLatin1String("title"))
                svgText << xml.text().toString();
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QStringList desc = descText.split('\n');
    QVERIFY(desc.size() > 2 && desc.last().startsWith('{')); // the provenance JSON
    desc.removeLast();
    svgText << desc;
    QVERIFY(svgText.join(' ').size() > 100);
    for (const QString& f : problems(svgText.join(QLatin1Char(' '))))
        found << QStringLiteral("SVG: ") + f;

    // PNG: the text chunks a viewer shows.
    settings.format = ExportFormat::Png;
    const QByteArray png = renderer.encode(settings, &error);
    QBuffer buffer;
    buffer.setData(png);
    QImageReader reader(&buffer, "png");
    const QImage image = reader.read();
    QVERIFY(!image.isNull());
    for (const QString key : {"Title", "Description", "Source"}) {
        QVERIFY2(!image.text(key).isEmpty(), qPrintable(key));
        for (const QString& f : problems(image.text(key)))
            found << QStringLiteral("PNG %1: %2").arg(key, f);
    }
    found.removeDuplicates();
    QVERIFY2(found.isEmpty(), qPrintable(found.join('\n')));
}

void tst_ExportTexts::moreSourcesSayWhere()
{
    // On a small page not every source fits: the footer counts the rest and says where they are
    // listed, in the reader's language.
    FigureOptions o;
    o.firstYear = 1990;
    o.lastYear = 2030;
    const FigureRenderer renderer(FigureKind::Arrivals, m_catalog.get(), o);
    for (const char* language : {"en", "ko"}) {
        ExportSettings settings;
        settings.format = ExportFormat::Pdf;
        settings.preset = ExportPreset::Custom;
        settings.customSize = QSize(640, 480);
        settings.language = QString::fromLatin1(language);
        const QString pdf = m_dir.filePath(QStringLiteral("small-%1.pdf").arg(language));
        QVERIFY(renderer.write(pdf, settings));
        QProcess p;
        p.start("pdftotext", {"-enc", "UTF-8", pdf, "-"});
        QVERIFY(p.waitForFinished(30000));
        const QString text =
            QString::fromUtf8(p.readAllStandardOutput()).replace('\n', ' ').simplified();
        const QRegularExpression more(
            qstrcmp(language, "en") == 0
                ? QStringLiteral("\\d+ more sources?, listed in the file's metadata")
                : QStringLiteral("그 밖의 출처 \\d+건은 파일 메타데이터에 있습니다"));
        QVERIFY2(more.match(text).hasMatch(), qPrintable(text));
    }
}

void tst_ExportTexts::windowTextHasNoInternalIds_data()
{
    QTest::addColumn<FigureKind>("kind");
    QTest::addColumn<QString>("language");
    for (const char* language : {"en", "ko"}) {
        QTest::addRow("arrivals %s", language) << FigureKind::Arrivals << QString(language);
        QTest::addRow("trade %s", language) << FigureKind::Trade << QString(language);
        QTest::addRow("destinations %s", language) << FigureKind::Destinations << QString(language);
    }
}

void tst_ExportTexts::windowTextHasNoInternalIds()
{
    // The window's words about each figure: every cell's text and tooltip, the caveat, and the
    // sources panel with each figure selected.
    QFETCH(FigureKind, kind);
    QFETCH(QString, language);
    QVERIFY(m_language->setLanguage(language));
    FigureOptions o;
    o.firstYear = 1990;
    o.lastYear = 2030;
    std::unique_ptr<FigureChart> figure(FigureChart::create(kind, m_catalog.get()));
    figure->setOptions(o);
    CitationPanel panel(m_catalog.get());
    panel.setFigure(figure.get());
    QStringList found;
    auto check = [&](const QString& where, const QString& text) {
        for (const QString& f : problems(text, true))
            found << QStringLiteral("%1: %2").arg(where, f);
    };
    check(QStringLiteral("caveat"), figure->figure()->caveat());
    check(QStringLiteral("panel"), panel.text());
    const QAbstractItemModel* model = figure->figure()->model();
    int cited = 0;
    for (int r = 0; r < model->rowCount(); ++r) {
        for (int c = 0; c < model->columnCount(); ++c) {
            const QModelIndex i = model->index(r, c);
            const QString where = QStringLiteral("row %1 column %2").arg(r).arg(c);
            check(where, i.data().toString());
            check(where + QStringLiteral(" tooltip"), i.data(Qt::ToolTipRole).toString());
            if (i.data(roleId(DataRole::ObservationId)).isValid()) {
                panel.setCurrent(i);
                check(where + QStringLiteral(" panel"), panel.text());
                ++cited;
            }
        }
    }
    QVERIFY(cited > 5);
    found.removeDuplicates();
    QVERIFY2(found.isEmpty(), qPrintable(found.mid(0, 20).join('\n')));
}

QTEST_MAIN(tst_ExportTexts)
#include "tst_exporttexts.moc"
