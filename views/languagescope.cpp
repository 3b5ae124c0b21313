// SPDX-License-Identifier: GPL-3.0-or-later
#include "languagescope.h"

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

QString LanguageScope::current()
{
    return QLocale().language() == QLocale::Korean ? QStringLiteral("ko") : QStringLiteral("en");
}

QLocale LanguageScope::locale(const QString& language)
{
    return language == QLatin1String("ko") ? QLocale(QLocale::Korean, QLocale::SouthKorea)
                                           : QLocale(QLocale::English, QLocale::UnitedStates);
}

LanguageScope::LanguageScope(const QString& language)
{
    if (language.isEmpty() || language == current() || !QCoreApplication::instance())
        return;
    m_active = true;
    m_previous = QLocale();
    // Deliver any real language change first: what is posted from here on is ours to drop.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    QLocale::setDefault(locale(language));
    if (language == QLatin1String("ko")) {
        m_app = std::make_unique<QTranslator>();
        if (m_app->load(QStringLiteral(":/i18n/crossings_ko.qm")))
            QCoreApplication::installTranslator(m_app.get());
        else
            qWarning("Crossings: the ko translation is missing");
        m_qt = std::make_unique<QTranslator>();
        if (m_qt->load(locale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
                       QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(m_qt.get());
    } else {
        m_app = std::make_unique<EnglishTranslator>();
        // Without an English catalogue the source texts serve: the translator still installs.
        (void)m_app->load(QStringLiteral(":/i18n/crossings_en.qm"));
        QCoreApplication::installTranslator(m_app.get());
    }
}

LanguageScope::~LanguageScope()
{
    if (!m_active)
        return;
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
    if (m_app)
        QCoreApplication::removeTranslator(m_app.get());
    QLocale::setDefault(m_previous);
    QCoreApplication::removePostedEvents(nullptr, QEvent::LanguageChange);
}
