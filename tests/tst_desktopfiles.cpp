// SPDX-License-Identifier: GPL-3.0-or-later
#include "application.h"

#include <QApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QPainter>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QSvgRenderer>
#include <QTest>
#include <QXmlStreamReader>

/// The installed desktop files (resources/desktop/) agree with each other and with the
/// application's identity: desktop file name, binary, icon, version, homepage, languages.
/// desktop-file-validate and appstreamcli validate the formats themselves (.ci/jobs/30-package.sh).
class tst_DesktopFiles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void identity();
    void desktopEntry_data();
    void desktopEntry();
    void desktopEntryIsBilingual_data();
    void desktopEntryIsBilingual();
    void metainfoMatchesTheApplication();
    void metainfoIsBilingual_data();
    void metainfoIsBilingual();
    void screenshots();
    void icon();

private:
    static QString path(const QString& file)
    {
        return QStringLiteral(CROSSINGS_SOURCE_DIR "/resources/desktop/") + file;
    }
    /// Every element's text by name, in document order; "name@ko" for xml:lang="ko".
    QMultiHash<QString, QString> m_meta;
    QStringList m_metaOrder;
    QHash<QString, QString> m_entry;
    QString m_id;
};

void tst_DesktopFiles::initTestCase()
{
    Application::setIdentity();
    m_id = QGuiApplication::desktopFileName();

    QFile desktop(path(m_id + QStringLiteral(".desktop")));
    QVERIFY2(desktop.open(QIODevice::ReadOnly | QIODevice::Text), qPrintable(desktop.fileName()));
    QString group;
    const QStringList lines = QString::fromUtf8(desktop.readAll()).split(QLatin1Char('\n'));
    for (const QString& line : lines) {
        if (line.startsWith(QLatin1Char('['))) {
            group = line;
            continue;
        }
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        if (group == QLatin1String("[Desktop Entry]") && eq > 0) {
            QVERIFY2(!m_entry.contains(line.left(eq)), qPrintable(line));
            m_entry.insert(line.left(eq), line.mid(eq + 1));
        }
    }

    QFile meta(path(m_id + QStringLiteral(".metainfo.xml")));
    QVERIFY2(meta.open(QIODevice::ReadOnly), qPrintable(meta.fileName()));
    QXmlStreamReader xml(&meta);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        QString name = xml.name().toString();
        if (xml.name() == QLatin1String("release") || xml.name() == QLatin1String("url") ||
            xml.name() == QLatin1String("launchable") || xml.name() == QLatin1String("component") ||
            xml.name() == QLatin1String("screenshot")) {
            for (const QXmlStreamAttribute& a : xml.attributes())
                m_meta.insert(name + QLatin1Char('.') + a.name().toString(), a.value().toString());
        }
        const QString lang = xml.attributes().value(QStringLiteral("xml:lang")).toString();
        if (!lang.isEmpty())
            name += QLatin1Char('@') + lang;
        if (xml.name() == QLatin1String("description") || xml.name() == QLatin1String("ul") ||
            xml.name() == QLatin1String("component") || xml.name() == QLatin1String("releases") ||
            xml.name() == QLatin1String("release") || xml.name() == QLatin1String("screenshots") ||
            xml.name() == QLatin1String("screenshot") || xml.name() == QLatin1String("provides") ||
            xml.name() == QLatin1String("categories"))
            continue;
        const QString text =
            xml.readElementText(QXmlStreamReader::IncludeChildElements).simplified();
        m_meta.insert(name, text);
        m_metaOrder << name;
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
}

void tst_DesktopFiles::identity()
{
    QCOMPARE(m_id, QStringLiteral("org.crossings.Crossings"));
    QCOMPARE(QCoreApplication::organizationName(), QStringLiteral("Crossings"));
    QCOMPARE(QCoreApplication::applicationName(), QStringLiteral("Crossings"));
    QCOMPARE(QCoreApplication::applicationVersion(), QStringLiteral(CROSSINGS_VERSION));
    // Settings and data in the usual places (ctest points XDG_*_HOME into the build tree).
    QVERIFY2(QSettings().fileName().endsWith(QStringLiteral("/Crossings/Crossings.conf")),
             qPrintable(QSettings().fileName()));
    const QString data = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QVERIFY2(data.endsWith(QStringLiteral("/Crossings/Crossings")), qPrintable(data));
}

void tst_DesktopFiles::desktopEntry_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::newRow("type") << "Type"
                          << "Application";
    QTest::newRow("name") << "Name"
                          << "Crossings";
    QTest::newRow("exec") << "Exec" << QFileInfo(QStringLiteral(CROSSINGS_BINARY)).fileName();
    QTest::newRow("tryexec") << "TryExec" << QFileInfo(QStringLiteral(CROSSINGS_BINARY)).fileName();
    QTest::newRow("icon") << "Icon"
                          << "org.crossings.Crossings";
    QTest::newRow("terminal") << "Terminal"
                              << "false";
    // Qt's X11 window class is the application name.
    QTest::newRow("window class") << "StartupWMClass"
                                  << "Crossings";
}

void tst_DesktopFiles::desktopEntry()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    QCOMPARE(m_entry.value(key), value);
    if (key == QLatin1String("Name"))
        QCOMPARE(value, QCoreApplication::applicationName());
    if (key == QLatin1String("Icon"))
        QCOMPARE(value, m_id);
}

void tst_DesktopFiles::desktopEntryIsBilingual_data()
{
    QTest::addColumn<QString>("key");
    QTest::newRow("generic name") << "GenericName";
    QTest::newRow("comment") << "Comment";
    QTest::newRow("keywords") << "Keywords";
}

void tst_DesktopFiles::desktopEntryIsBilingual()
{
    QFETCH(QString, key);
    static const QRegularExpression hangul(QStringLiteral("\\p{Hangul}"));
    QVERIFY(!m_entry.value(key).isEmpty());
    QVERIFY(!m_entry.value(key).contains(hangul));
    QVERIFY2(m_entry.value(key + QStringLiteral("[ko]")).contains(hangul), qPrintable(key));
}

void tst_DesktopFiles::metainfoMatchesTheApplication()
{
    QCOMPARE(m_meta.value(QStringLiteral("id")), m_id);
    QCOMPARE(m_meta.value(QStringLiteral("launchable")), m_id + QStringLiteral(".desktop"));
    QCOMPARE(m_meta.value(QStringLiteral("launchable.type")), QStringLiteral("desktop-id"));
    QCOMPARE(m_meta.value(QStringLiteral("name")), QCoreApplication::applicationName());
    QCOMPARE(m_meta.value(QStringLiteral("binary")), m_entry.value(QStringLiteral("Exec")));
    QCOMPARE(m_meta.value(QStringLiteral("component.type")), QStringLiteral("desktop-application"));
    QCOMPARE(m_meta.value(QStringLiteral("metadata_license")), QStringLiteral("CC0-1.0"));
    QCOMPARE(m_meta.value(QStringLiteral("project_license")), QStringLiteral("GPL-3.0-or-later"));
    QCOMPARE(m_meta.value(QStringLiteral("url")), QStringLiteral(CROSSINGS_HOMEPAGE_URL));
    QCOMPARE(m_meta.value(QStringLiteral("url.type")), QStringLiteral("homepage"));
    // The newest release (listed first) is this version.
    QCOMPARE(m_meta.values(QStringLiteral("release.version")).constLast(),
             QStringLiteral(CROSSINGS_VERSION));
    QCOMPARE(m_meta.values(QStringLiteral("release.date")).constLast(),
             QStringLiteral("2026-11-25"));
    // The same categories as the desktop file.
    QStringList categories =
        m_entry.value(QStringLiteral("Categories")).split(QLatin1Char(';'), Qt::SkipEmptyParts);
    QStringList metaCategories = m_meta.values(QStringLiteral("category"));
    categories.sort();
    metaCategories.sort();
    QCOMPARE(metaCategories, categories);
}

void tst_DesktopFiles::metainfoIsBilingual_data()
{
    QTest::addColumn<QString>("element");
    QTest::newRow("summary") << "summary";
    QTest::newRow("paragraphs") << "p";
    QTest::newRow("list items") << "li";
    QTest::newRow("captions") << "caption";
}

void tst_DesktopFiles::metainfoIsBilingual()
{
    QFETCH(QString, element);
    static const QRegularExpression hangul(QStringLiteral("\\p{Hangul}"));
    const QStringList english = m_meta.values(element);
    const QStringList korean = m_meta.values(element + QStringLiteral("@ko"));
    QVERIFY(!english.isEmpty());
    QCOMPARE(korean.size(), english.size());
    for (const QString& text : english)
        QVERIFY2(!text.contains(hangul), qPrintable(text));
    for (const QString& text : korean)
        QVERIFY2(text.contains(hangul), qPrintable(text));
}

void tst_DesktopFiles::screenshots()
{
    // Absolute https addresses on the homepage, of images that exist in the repository.
    const QString home = QStringLiteral(CROSSINGS_HOMEPAGE_URL "/");
    QVERIFY(home.startsWith(QStringLiteral("https://")));
    const QStringList images =
        m_meta.values(QStringLiteral("image")) + m_meta.values(QStringLiteral("image@ko"));
    QVERIFY(images.size() >= 2);
    for (const QString& url : images) {
        QVERIFY2(url.startsWith(home), qPrintable(url));
        const QString file = QStringLiteral(CROSSINGS_SOURCE_DIR "/") + url.mid(home.size());
        QVERIFY2(QFileInfo::exists(file), qPrintable(file + QStringLiteral(" is missing")));
    }
    for (const QString& url : m_meta.values(QStringLiteral("image@ko")))
        QVERIFY2(url.endsWith(QStringLiteral("-ko.png")), qPrintable(url));
}

void tst_DesktopFiles::icon()
{
    QSvgRenderer svg(path(m_id + QStringLiteral(".svg")));
    QVERIFY(svg.isValid());
    QCOMPARE(svg.viewBox(), QRect(0, 0, 128, 128));
    // Readable at menu size: the 16 px rendering has both territories and the orange path.
    QImage image(16, 16, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    svg.render(&painter);
    painter.end();
    QCOMPARE(qAlpha(image.pixel(0, 0)), 0);                          // rounded corner
    QVERIFY(qBlue(image.pixel(2, 6)) > qRed(image.pixel(2, 6)));     // west, blue
    QVERIFY(qBlue(image.pixel(13, 12)) > qRed(image.pixel(13, 12))); // east, blue
    int orange = 0;
    for (int y = 0; y < 16; ++y)
        for (int x = 0; x < 16; ++x) {
            const QRgb p = image.pixel(x, y);
            orange += qRed(p) > 180 && qGreen(p) > 110 && qBlue(p) < 90 ? 1 : 0;
        }
    QVERIFY2(orange >= 10, qPrintable(QString::number(orange)));
}

QTEST_MAIN(tst_DesktopFiles)
#include "tst_desktopfiles.moc"
