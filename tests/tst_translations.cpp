// SPDX-License-Identifier: GPL-3.0-or-later
// Translations, the one owner of the process's language (issue 20): switching it emits
// languageChanged once, which the catalog and its item models follow; a catalog given a language
// shows its data texts in it whatever the window's language and the default QLocale.
#include "core/catalog.h"
#include "core/translations.h"
#include "itemmodels/eventsmodel.h"
#include "itemmodels/seriestablemodel.h"
#include "languagescope.h"
#include "storage/store.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

class tst_Translations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void switchEmitsOnce();
    void scopeDoesNotEmit();
    void codes_data();
    void codes();
    void modelGivenLanguage_data();
    void modelGivenLanguage();
    void catalogFollowsTheOwner();

private:
    Snapshot m_snapshot;
    static int rowOfEvent(const EventsModel& model, const QString& id);
};

int tst_Translations::rowOfEvent(const EventsModel& model, const QString& id)
{
    for (int r = 0; r < model.rowCount(); ++r) {
        if (model.eventAt(r) && model.eventAt(r)->id == id)
            return r;
    }
    return -1;
}

void tst_Translations::initTestCase()
{
    qRegisterMetaType<Language>();
    Store store;
    QVERIFY2(store.openInMemory(), qPrintable(store.errorString()));
    QVERIFY(store.load(&m_snapshot));
}

void tst_Translations::init()
{
    Translations::instance().setLanguage(Language::English);
}

void tst_Translations::cleanup()
{
    Translations::instance().release();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void tst_Translations::switchEmitsOnce()
{
    Translations& owner = Translations::instance();
    Catalog catalog;
    QSignalSpy changed(&owner, &Translations::languageChanged);
    QSignalSpy catalogChanged(&catalog, &Catalog::languageChanged);
    QVERIFY(owner.setLanguage(Language::Korean));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().first().value<Language>(), Language::Korean);
    QCOMPARE(catalogChanged.count(), 1);
    QCOMPARE(owner.language(), Language::Korean);
    QCOMPARE(catalog.language(), Language::Korean);
    // The owner installed the catalogues and set the locale: tr() and QLocale() speak Korean.
    QCOMPARE(QLocale().language(), QLocale::Korean);
    QCOMPARE(QCoreApplication::translate("FigureRenderer", "Sources: %1"),
             QStringLiteral("출처: %1"));
    QVERIFY(owner.setLanguage(Language::Korean)); // the same language: nothing to tell
    QCOMPARE(changed.count(), 1);
    QCOMPARE(catalogChanged.count(), 1);
    QVERIFY(owner.setLanguage(Language::English));
    QCOMPARE(changed.count(), 2);
    QCOMPARE(changed.last().first().value<Language>(), Language::English);
    QCOMPARE(QLocale().language(), QLocale::English);
    QCOMPARE(QCoreApplication::translate("FigureRenderer", "Sources: %1"),
             QStringLiteral("Sources: %1"));
}

void tst_Translations::scopeDoesNotEmit()
{
    Translations& owner = Translations::instance();
    QSignalSpy changed(&owner, &Translations::languageChanged);
    {
        const LanguageScope scope(QStringLiteral("ko"));
        QCOMPARE(owner.language(), Language::Korean);
        QCOMPARE(LanguageScope::current(), QStringLiteral("ko"));
        QCOMPARE(QLocale().language(), QLocale::Korean);
    }
    QCOMPARE(owner.language(), Language::English);
    QCOMPARE(QLocale().language(), QLocale::English);
    QCOMPARE(changed.count(), 0);
}

void tst_Translations::codes_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("known");
    QTest::addColumn<Language>("language");
    QTest::addColumn<QString>("locale");
    QTest::newRow("en") << "en" << true << Language::English << "en_US";
    QTest::newRow("ko") << "ko" << true << Language::Korean << "ko_KR";
    QTest::newRow("both") << "both" << false << Language::English << "";
    QTest::newRow("KO") << "KO" << false << Language::English << "";
    QTest::newRow("empty") << "" << false << Language::English << "";
}

void tst_Translations::codes()
{
    QFETCH(QString, code);
    QFETCH(bool, known);
    QFETCH(Language, language);
    QFETCH(QString, locale);
    const std::optional<Language> parsed = Translations::fromCode(code);
    QCOMPARE(parsed.has_value(), known);
    if (!known)
        return;
    QCOMPARE(*parsed, language);
    QCOMPARE(Translations::code(language), code);
    QCOMPARE(Translations::locale(language).name(), locale);
}

void tst_Translations::modelGivenLanguage_data()
{
    QTest::addColumn<Language>("language");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("date");
    QTest::addColumn<QString>("series");
    // Typed from resources/data/events.csv (kim-il-sung-death) and series.csv (arrivals, total).
    QTest::newRow("en") << Language::English << "Death of Kim Il-sung; famine crisis begins"
                        << "Jul 1994"
                        << "Arrivals";
    QTest::newRow("ko") << Language::Korean << QString::fromUtf8("김일성 사망과 식량난의 시작")
                        << QString::fromUtf8("1994년 7월") << QString::fromUtf8("입국자");
}

void tst_Translations::modelGivenLanguage()
{
    QFETCH(Language, language);
    QFETCH(QString, text);
    QFETCH(QString, date);
    QFETCH(QString, series);
    // The window speaks English and the default locale is English: the catalog, given its
    // language, does not read either.
    QCOMPARE(Translations::instance().language(), Language::English);
    QCOMPARE(QLocale().language(), QLocale::English);
    Catalog catalog;
    catalog.setSnapshot(m_snapshot);
    catalog.setLanguage(language);
    EventsModel events(&catalog, QStringLiteral("arrivals"));
    QAbstractItemModelTester t1(&events, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int row = rowOfEvent(events, QStringLiteral("kim-il-sung-death"));
    QVERIFY(row >= 0);
    QCOMPARE(events.index(row, EventsModel::TextColumn).data().toString(), text);
    QCOMPARE(events.index(row, EventsModel::DateColumn).data().toString(), date);
    SeriesTableModel table(&catalog, Term::Dataset::Arrivals, {QStringLiteral("total")});
    QAbstractItemModelTester t2(&table, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(table.headerData(1, Qt::Horizontal).toString(), series);
    QCOMPARE(QLocale().language(), QLocale::English);
}

void tst_Translations::catalogFollowsTheOwner()
{
    Catalog following;
    following.setSnapshot(m_snapshot);
    Catalog english;
    english.setSnapshot(m_snapshot);
    english.setLanguage(Language::English);
    EventsModel followingEvents(&following, QStringLiteral("arrivals"));
    EventsModel englishEvents(&english, QStringLiteral("arrivals"));
    const int row = rowOfEvent(followingEvents, QStringLiteral("kim-il-sung-death"));
    QVERIFY(row >= 0);
    QSignalSpy followingChanged(&following, &Catalog::languageChanged);
    QSignalSpy englishChanged(&english, &Catalog::languageChanged);
    QSignalSpy cells(&followingEvents, &QAbstractItemModel::dataChanged);
    QSignalSpy headers(&followingEvents, &QAbstractItemModel::headerDataChanged);
    QSignalSpy englishCells(&englishEvents, &QAbstractItemModel::dataChanged);

    QVERIFY(Translations::instance().setLanguage(Language::Korean));
    QCOMPARE(followingChanged.count(), 1);
    QCOMPARE(cells.count(), 1); // every cell announced once
    QCOMPARE(headers.count(), 1);
    QCOMPARE(followingEvents.index(row, EventsModel::TextColumn).data().toString(),
             QString::fromUtf8("김일성 사망과 식량난의 시작"));
    // The catalog given English stays English, and says nothing.
    QCOMPARE(englishChanged.count(), 0);
    QCOMPARE(englishCells.count(), 0);
    QCOMPARE(englishEvents.index(row, EventsModel::TextColumn).data().toString(),
             QStringLiteral("Death of Kim Il-sung; famine crisis begins"));
}

QTEST_MAIN(tst_Translations)
#include "tst_translations.moc"
