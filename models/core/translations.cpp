// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/translations.h"

#include <QCoreApplication>
#include <QEvent>
#include <QLibraryInfo>
#include <QTranslator>

namespace {

/// English for every string: the English catalogue where it has an entry (plural forms), else
/// the source text, which is English.
class EnglishTranslator : public QTranslator
{
public:
    using QTranslator::QTranslator;

    QString translate(const char* context, const char* sourceText, const char* disambiguation,
                      int n) const override
    {
        const QString text = QTranslator::translate(context, sourceText, disambiguation, n);
        return text.isEmpty() ? QString::fromUtf8(sourceText) : text;
    }
    bool isEmpty() const override { return false; }
};

} // namespace

Translations& Translations::instance()
{
    static Translations owner;
    return owner;
}

Translations::~Translations()
{
    if (QCoreApplication::instance())
        remove(m_app, m_qt);
}

QLocale Translations::locale(Language language)
{
    return language == Language::Korean ? QLocale(QLocale::Korean, QLocale::SouthKorea)
                                        : QLocale(QLocale::English, QLocale::UnitedStates);
}

QString Translations::code(Language language)
{
    return language == Language::Korean ? QStringLiteral("ko") : QStringLiteral("en");
}

std::optional<Language> Translations::fromCode(const QString& code)
{
    if (code == QLatin1String("en"))
        return Language::English;
    if (code == QLatin1String("ko"))
        return Language::Korean;
    return std::nullopt;
}

Language Translations::systemLanguage()
{
    return QLocale::system().language() == QLocale::Korean ? Language::Korean : Language::English;
}

bool Translations::install(Language language, bool everyString, std::unique_ptr<QTranslator>& app,
                           std::unique_ptr<QTranslator>& qt)
{
    const QString name = QStringLiteral(":/i18n/crossings_%1.qm").arg(code(language));
    bool ok = true;
    if (everyString && language == Language::English) {
        app = std::make_unique<EnglishTranslator>();
        // Without an English catalogue the source texts serve: the translator still installs.
        (void)app->load(name);
        QCoreApplication::installTranslator(app.get());
    } else {
        app = std::make_unique<QTranslator>();
        ok = app->load(name);
        if (ok)
            QCoreApplication::installTranslator(app.get());
        else
            qWarning("Crossings: the %s translation is missing", qPrintable(code(language)));
    }
    if (language != Language::English) {
        qt = std::make_unique<QTranslator>();
        if (qt->load(locale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(qt.get());
    }
    return ok;
}

void Translations::remove(std::unique_ptr<QTranslator>& app, std::unique_ptr<QTranslator>& qt)
{
    if (qt)
        QCoreApplication::removeTranslator(qt.get());
    if (app)
        QCoreApplication::removeTranslator(app.get());
    qt.reset();
    app.reset();
}

bool Translations::setLanguage(Language language)
{
    const bool changed = language != m_language;
    remove(m_app, m_qt);
    QLocale::setDefault(locale(language));
    const bool ok = install(language, false, m_app, m_qt);
    m_language = language;
    if (changed)
        emit languageChanged(language);
    return ok;
}

void Translations::release()
{
    remove(m_app, m_qt);
    m_language = Language::English;
}

Translations::Scope::Scope(Language language)
{
    Translations& owner = instance();
    if (language == owner.m_language || !QCoreApplication::instance())
        return;
    m_active = true;
    m_previous = owner.m_language;
    m_previousLocale = QLocale();
    // Deliver any real language change first: what is posted from here on is ours to drop.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    QLocale::setDefault(locale(language));
    owner.m_language = language;
    install(language, true, m_app, m_qt);
}

Translations::Scope::~Scope()
{
    if (!m_active)
        return;
    remove(m_app, m_qt);
    QLocale::setDefault(m_previousLocale);
    instance().m_language = m_previous;
    QCoreApplication::removePostedEvents(nullptr, QEvent::LanguageChange);
}
