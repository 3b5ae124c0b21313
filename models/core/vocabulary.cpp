// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/vocabulary.h"

#include <QHash>

QStringList Vocabulary::datasets()
{
    return Datasets::names();
}

QStringList Vocabulary::statuses()
{
    return Term::csvNames<Term::Status>();
}

QStringList Vocabulary::qualifiers()
{
    return Term::csvNames<Term::Qualifier>();
}

QStringList Vocabulary::compilers()
{
    return {QStringLiteral("gacc"),  QStringLiteral("itc"), QStringLiteral("kita"),
            QStringLiteral("kotra"), QStringLiteral("ibk"), QStringLiteral("comtrade"),
            QStringLiteral("mofcom")};
}

QString Vocabulary::compilerName(const QString& code, Language language)
{
    struct Names
    {
        const char* en;
        const char* ko;
    };
    static const QHash<QString, Names> names = {
        {QStringLiteral("gacc"), {"China customs (GACC)", "중국 해관총서"}},
        {QStringLiteral("itc"), {"ITC Trade Map", "국제무역센터(ITC) 트레이드맵"}},
        {QStringLiteral("kita"), {"Korea International Trade Association (KITA)", "한국무역협회"}},
        {QStringLiteral("kotra"), {"KOTRA", "대한무역투자진흥공사(KOTRA)"}},
        {QStringLiteral("ibk"), {"IBK Economic Research Institute", "IBK경제연구소"}},
        {QStringLiteral("comtrade"), {"UN Comtrade", "유엔 컴트레이드"}},
        {QStringLiteral("mofcom"), {"China's Ministry of Commerce", "중국 상무부"}},
    };
    const auto it = names.constFind(code);
    if (it == names.constEnd())
        return code;
    return QString::fromUtf8(language == Language::Korean ? it->ko : it->en);
}

QString Vocabulary::plottedCompiler(Term::Dataset dataset)
{
    return QString::fromLatin1(Datasets::info(dataset).plottedCompiler);
}

QStringList Vocabulary::sourceKinds()
{
    return Term::csvNames<Term::SourceKind>();
}
