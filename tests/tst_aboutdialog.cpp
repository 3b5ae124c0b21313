// SPDX-License-Identifier: GPL-3.0-or-later
#include "aboutdialog.h"
#include "core/catalog.h"
#include "languagemanager.h"

#include <QLabel>
#include <QLocale>
#include <QTest>
#include <QTextBrowser>

#include <memory>

/// Help → About: version, data version, source counts and attribution, in both languages,
/// computed from a small catalog typed here (not from the bundled dataset).
class tst_AboutDialog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void facts_data();
    void facts();
    void attributionOrdersDatasetsAndOutlets();
    void followsReload();
    void emptyCatalog();
    void icon();

private:
    static Snapshot sample();
    QString label(const char* name) const
    {
        const auto* l = m_dialog->findChild<QLabel*>(QLatin1String(name));
        return l ? l->text() : QStringLiteral("<no label %1>").arg(QLatin1String(name));
    }
    QString attribution() const
    {
        return m_dialog->findChild<QTextBrowser*>(QStringLiteral("attribution"))->toPlainText();
    }
    void switchTo(const QString& language);

    std::unique_ptr<LanguageManager> m_language;
    std::unique_ptr<Catalog> m_catalog;
    std::unique_ptr<AboutDialog> m_dialog;
};

Snapshot tst_AboutDialog::sample()
{
    Snapshot s;
    auto source = [&](const char* id, const char* kind, const char* outlet, const char* published) {
        Source src;
        src.id = QString::fromUtf8(id);
        src.kind = Term::fromCsv<Term::SourceKind>(QString::fromUtf8(kind)).value();
        src.titleEn = src.id;
        src.outlet = QString::fromUtf8(outlet);
        src.published = QString::fromUtf8(published);
        s.sources.insert(src.id, src);
    };
    source("mou-table-2020", "official", "Ministry of Unification (MOU), Republic of Korea",
           "2020");
    source("yonhap-2021-01-20", "press", "Yonhap News Agency", "2021-01-20");
    source("news1-2025-04-17", "press", "News1 (뉴스1)", "2025-04-17");
    source("seed-003", "article", "Crossing Borders (crossingbordersnk.org)", "2021");
    // Cited by no figure: counts for neither the data version nor the sources.
    source("uncited-2026", "press", "Nobody's Gazette", "2026-01-05");

    qint64 id = 0;
    auto figure = [&](const char* dataset, const char* series, const char* period, qint64 value,
                      const char* sourceId) {
        Observation o;
        o.id = ++id;
        o.dataset = Term::fromCsv<Term::Dataset>(QString::fromUtf8(dataset)).value();
        o.series = QString::fromUtf8(series);
        o.period = Period::parse(QString::fromUtf8(period));
        o.region = QStringLiteral("KR");
        o.value = value;
        o.unit = Term::Unit::Persons;
        o.status = Term::Status::Final;
        o.sourceId = QString::fromUtf8(sourceId);
        o.plotted = true;
        s.observations.append(o);
    };
    figure("arrivals", "total", "2018", 1137, "mou-table-2020");
    figure("arrivals", "total", "2019", 1047, "mou-table-2020");
    figure("arrivals", "total", "2020", 229, "yonhap-2021-01-20");
    figure("arrivals", "total", "2025-Q1", 38, "news1-2025-04-17");
    figure("destinations", "resettled", "2020", 33752, "seed-003");
    return s;
}

void tst_AboutDialog::init()
{
    m_language = std::make_unique<LanguageManager>();
    QVERIFY(m_language->setLanguage(QStringLiteral("en")));
    m_catalog = std::make_unique<Catalog>();
    m_catalog->setSnapshot(sample());
    m_dialog = std::make_unique<AboutDialog>(m_catalog.get());
}

void tst_AboutDialog::cleanup()
{
    m_dialog.reset();
    m_catalog.reset();
    m_language.reset();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void tst_AboutDialog::switchTo(const QString& language)
{
    QVERIFY(m_language->setLanguage(language));
    // LanguageChange reaches the application, which posts it to every top-level widget.
    QCoreApplication::sendPostedEvents();
    QCoreApplication::sendPostedEvents();
}

void tst_AboutDialog::facts_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("dataVersion");
    QTest::addColumn<QString>("sources");
    QTest::addColumn<QString>("licence");

    QTest::newRow("English") << "en"
                             << "About Crossings"
                             << "17 April 2025 (publication date of the newest source)"
                             << "4 (official statistics 1, press reports 2, articles 1)"
                             << "GNU General Public License, version 3 or later";
    QTest::newRow("Korean") << "ko"
                            << "Crossings 정보"
                            << "2025년 4월 17일 (가장 최근 출처의 발행일)"
                            << "4건 (공식 통계 1건, 언론 보도 2건, 분석·논평 1건)"
                            << "GNU 일반 공중 사용 허가서 버전 3 또는 그 이후 버전";
}

void tst_AboutDialog::facts()
{
    QFETCH(QString, language);
    QFETCH(QString, title);
    QFETCH(QString, dataVersion);
    QFETCH(QString, sources);
    QFETCH(QString, licence);

    switchTo(language);
    QCOMPARE(m_dialog->windowTitle(), title);
    QCOMPARE(label("version"), QStringLiteral("0.1.0"));
    QCOMPARE(label("version"), QStringLiteral(CROSSINGS_VERSION));
    QCOMPARE(label("dataVersion"), dataVersion);
    QCOMPARE(label("sources"), sources);
    QCOMPARE(label("figures"), QStringLiteral("5"));
    bool licenceShown = false;
    for (const QLabel* l : m_dialog->findChildren<QLabel*>())
        licenceShown = licenceShown || l->text().contains(licence);
    QVERIFY2(licenceShown, qPrintable(licence));
}

void tst_AboutDialog::attributionOrdersDatasetsAndOutlets()
{
    const QString text = attribution();
    // The window's order of figures; within one, the outlet giving most figures first, equal
    // counts alphabetically; the uncited source nowhere.
    const QStringList expected = {
        QStringLiteral("Ministry of Unification's (통일부)"),
        QStringLiteral("Arrivals in South Korea (figures 4, sources 3)"),
        QStringLiteral("Ministry of Unification (MOU), Republic of Korea · News1 (뉴스1) · Yonhap "
                       "News Agency"),
        QStringLiteral("Where defectors go (figures 1, sources 1)"),
        QStringLiteral("Crossing Borders (crossingbordersnk.org)")};
    qsizetype at = 0;
    for (const QString& part : expected) {
        const qsizetype found = text.indexOf(part, at);
        QVERIFY2(
            found >= 0,
            qPrintable(QStringLiteral("\"%1\" missing or out of order in:\n%2").arg(part, text)));
        at = found + part.size();
    }
    QVERIFY(!text.contains(QStringLiteral("Nobody's Gazette")));
    QVERIFY(!text.contains(QStringLiteral("China–North Korea trade (")));

    switchTo(QStringLiteral("ko"));
    const QString korean = attribution();
    QVERIFY2(korean.contains(QStringLiteral("탈북민 국내 입국 (수치 4건, 출처 3건)")),
             qPrintable(korean));
    QVERIFY2(korean.contains(QStringLiteral("탈북민의 행선지 (수치 1건, 출처 1건)")),
             qPrintable(korean));
    QVERIFY(korean.contains(QStringLiteral("중국 해관총서")));
}

void tst_AboutDialog::followsReload()
{
    Snapshot s = sample();
    Source later;
    later.id = QStringLiteral("dailynk-2026-02-03");
    later.kind = Term::SourceKind::Press;
    later.outlet = QStringLiteral("Daily NK (데일리NK)");
    later.published = QStringLiteral("2026-02");
    s.sources.insert(later.id, later);
    Observation o = s.observations.first();
    o.id = 99;
    o.period = Period::parse(QStringLiteral("2025"));
    o.value = 224;
    o.sourceId = later.id;
    s.observations.append(o);
    m_catalog->setSnapshot(s);

    QCOMPARE(label("dataVersion"),
             QStringLiteral("February 2026 (publication date of the newest source)"));
    QCOMPARE(label("sources"),
             QStringLiteral("5 (official statistics 1, press reports 3, articles 1)"));
    QCOMPARE(label("figures"), QStringLiteral("6"));
}

void tst_AboutDialog::emptyCatalog()
{
    m_catalog->setSnapshot(Snapshot());
    QCOMPARE(label("dataVersion"), QStringLiteral("no figures loaded"));
    QCOMPARE(label("sources"), QStringLiteral("0"));
    QCOMPARE(label("figures"), QStringLiteral("0"));
}

void tst_AboutDialog::icon()
{
    const QPixmap pixmap = AboutDialog::icon(64, 2.0);
    QCOMPARE(pixmap.size(), QSize(128, 128));
    const QImage image = pixmap.toImage();
    // The tile is opaque in its middle and transparent in its rounded corner.
    QCOMPARE(qAlpha(image.pixel(64, 100)), 255);
    QCOMPARE(qAlpha(image.pixel(0, 0)), 0);
}

QTEST_MAIN(tst_AboutDialog)
#include "tst_aboutdialog.moc"
