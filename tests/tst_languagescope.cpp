// SPDX-License-Identifier: GPL-3.0-or-later
// LanguageScope: tr() and QLocale() in another language for a while, the window left alone.
#include "languagemanager.h"
#include "languagescope.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTest>
#include <QWidget>

namespace {

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

QString sources()
{
    return QCoreApplication::translate("FigureRenderer", "Sources: %1");
}

} // namespace

class tst_LanguageScope : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void switchesAndRestores_data();
    void switchesAndRestores();
    void sameLanguageDoesNothing();
    void nests();
    void windowIsNotTold();
    void realChangeStillArrives();

private:
    std::unique_ptr<LanguageManager> m_language;
};

void tst_LanguageScope::init()
{
    m_language = std::make_unique<LanguageManager>();
}

void tst_LanguageScope::cleanup()
{
    m_language.reset();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void tst_LanguageScope::switchesAndRestores_data()
{
    QTest::addColumn<QString>("ui");
    QTest::addColumn<QString>("scope");
    QTest::addColumn<QString>("inside");
    QTest::addColumn<QLocale::Language>("locale");
    QTest::addColumn<QString>("qtInside"); // one of Qt's own strings
    QTest::newRow("English UI, Korean scope") << "en"
                                              << "ko"
                                              << "출처: %1" << QLocale::Korean << "취소";
    QTest::newRow("Korean UI, English scope") << "ko"
                                              << "en"
                                              << "Sources: %1" << QLocale::English << "Cancel";
}

void tst_LanguageScope::switchesAndRestores()
{
    QFETCH(QString, ui);
    QFETCH(QString, scope);
    QFETCH(QString, inside);
    QFETCH(QLocale::Language, locale);
    QFETCH(QString, qtInside);
    QVERIFY(m_language->setLanguage(ui));
    const QString before = sources();
    const QString qtBefore = QCoreApplication::translate("QPlatformTheme", "Cancel");
    const QLocale::Language localeBefore = QLocale().language();
    {
        const LanguageScope s(scope);
        QCOMPARE(LanguageScope::current(), scope);
        QCOMPARE(sources(), inside);
        QCOMPARE(QLocale().language(), locale);
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), qtInside);
    }
    QCOMPARE(LanguageScope::current(), ui);
    QCOMPARE(sources(), before);
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), qtBefore);
    QCOMPARE(QLocale().language(), localeBefore);
    QVERIFY(before != inside);
}

void tst_LanguageScope::sameLanguageDoesNothing()
{
    QVERIFY(m_language->setLanguage("ko"));
    const LanguageScope s("ko");
    QCOMPARE(sources(), QStringLiteral("출처: %1"));
    const LanguageScope empty{QString()};
    QCOMPARE(LanguageScope::current(), QStringLiteral("ko"));
}

void tst_LanguageScope::nests()
{
    QVERIFY(m_language->setLanguage("en"));
    {
        const LanguageScope korean("ko");
        {
            const LanguageScope english("en");
            QCOMPARE(sources(), QStringLiteral("Sources: %1"));
            QCOMPARE(QLocale().language(), QLocale::English);
        }
        QCOMPARE(sources(), QStringLiteral("출처: %1"));
        QCOMPARE(QLocale().language(), QLocale::Korean);
    }
    QCOMPARE(sources(), QStringLiteral("Sources: %1"));
}

void tst_LanguageScope::windowIsNotTold()
{
    QVERIFY(m_language->setLanguage("en"));
    Window window;
    window.show();
    QCoreApplication::processEvents();
    window.languageChanges = 0;
    {
        const LanguageScope s("ko");
    }
    QCoreApplication::processEvents();
    QCOMPARE(window.languageChanges, 0);
}

void tst_LanguageScope::realChangeStillArrives()
{
    // A language switch whose events are still queued when a scope starts reaches the window.
    QVERIFY(m_language->setLanguage("en"));
    Window window;
    window.show();
    QCoreApplication::processEvents();
    window.languageChanges = 0;
    QVERIFY(m_language->setLanguage("ko")); // posts LanguageChange
    {
        const LanguageScope s("en");
    }
    QCoreApplication::processEvents();
    QVERIFY(window.languageChanges >= 1);
    QCOMPARE(LanguageScope::current(), QStringLiteral("ko"));
}

QTEST_MAIN(tst_LanguageScope)
#include "tst_languagescope.moc"
