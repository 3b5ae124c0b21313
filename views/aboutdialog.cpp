// SPDX-License-Identifier: GPL-3.0-or-later
#include "aboutdialog.h"

#include "core/catalog.h"
#include "core/formatter.h"
#include "core/terms.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMap>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>
#include <QSet>
#include <QSvgRenderer>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <algorithm>

namespace {
const auto IconPath = QStringLiteral(":/icons/org.crossings.Crossings.svg");
} // namespace

AboutDialog::AboutDialog(const Catalog* catalog, QWidget* parent)
    : QDialog(parent)
    , m_catalog(catalog)
    , m_name(new QLabel(this))
    , m_tagline(new QLabel(this))
    , m_versionLabel(new QLabel(this))
    , m_version(new QLabel(this))
    , m_dataVersionLabel(new QLabel(this))
    , m_dataVersion(new QLabel(this))
    , m_sourcesLabel(new QLabel(this))
    , m_sources(new QLabel(this))
    , m_figuresLabel(new QLabel(this))
    , m_figures(new QLabel(this))
    , m_attributionTitle(new QLabel(this))
    , m_attribution(new QTextBrowser(this))
    , m_licence(new QLabel(this))
{
    m_version->setObjectName(QStringLiteral("version"));
    m_dataVersion->setObjectName(QStringLiteral("dataVersion"));
    m_sources->setObjectName(QStringLiteral("sources"));
    m_figures->setObjectName(QStringLiteral("figures"));
    m_attribution->setObjectName(QStringLiteral("attribution"));

    auto* iconLabel = new QLabel(this);
    iconLabel->setPixmap(icon(64, devicePixelRatioF()));
    iconLabel->setAlignment(Qt::AlignTop);

    QFont nameFont = m_name->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.6);
    nameFont.setBold(true);
    m_name->setFont(nameFont);
    m_tagline->setWordWrap(true);

    for (QLabel* value : {m_version, m_dataVersion, m_sources, m_figures}) {
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        value->setWordWrap(true);
    }
    auto* facts = new QFormLayout;
    facts->addRow(m_versionLabel, m_version);
    facts->addRow(m_dataVersionLabel, m_dataVersion);
    facts->addRow(m_sourcesLabel, m_sources);
    facts->addRow(m_figuresLabel, m_figures);

    auto* head = new QVBoxLayout;
    head->addWidget(m_name);
    head->addWidget(m_tagline);
    head->addLayout(facts);

    auto* top = new QHBoxLayout;
    top->addWidget(iconLabel, 0, Qt::AlignTop);
    top->addLayout(head, 1);

    QFont titleFont = m_attributionTitle->font();
    titleFont.setBold(true);
    m_attributionTitle->setFont(titleFont);
    m_attribution->setOpenLinks(false);
    m_attribution->setMinimumHeight(220);

    m_licence->setWordWrap(true);
    m_licence->setTextFormat(Qt::RichText);
    m_licence->setOpenExternalLinks(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_close = buttons->button(QDialogButtonBox::Close);
    m_aboutQt = buttons->addButton(QString(), QDialogButtonBox::HelpRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_aboutQt, &QPushButton::clicked, this, [] { QApplication::aboutQt(); });

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addSpacing(8);
    layout->addWidget(m_attributionTitle);
    layout->addWidget(m_attribution, 1);
    layout->addWidget(m_licence);
    layout->addWidget(buttons);

    connect(m_catalog, &Catalog::reset, this, &AboutDialog::retranslate);
    retranslate();
    resize(640, 560);
}

QPixmap AboutDialog::icon(int size, qreal devicePixelRatio)
{
    const int device = qRound(size * devicePixelRatio);
    QPixmap pixmap(device, device);
    pixmap.fill(Qt::transparent);
    QSvgRenderer renderer(IconPath);
    QPainter painter(&pixmap);
    renderer.render(&painter);
    painter.end();
    pixmap.setDevicePixelRatio(devicePixelRatio);
    return pixmap;
}

void AboutDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void AboutDialog::retranslate()
{
    const Formatter format;
    const Snapshot& snapshot = m_catalog->snapshot();

    setWindowTitle(tr("About Crossings"));
    m_name->setText(tr("Crossings"));
    m_tagline->setText(tr("Statistics of North Korean defectors, every figure with its source."));

    m_versionLabel->setText(tr("Version:"));
    m_version->setText(QStringLiteral(CROSSINGS_VERSION));

    m_dataVersionLabel->setText(tr("Data version:"));
    const QString newest = m_catalog->newestDate(snapshot.observations);
    m_dataVersion->setText(
        newest.isEmpty()
            ? tr("no figures loaded")
            : tr("%1 (publication date of the newest source)").arg(format.date(newest)));

    // The sources the figures cite, by kind.
    QSet<QString> cited;
    for (const Observation& o : snapshot.observations)
        cited.insert(o.sourceId);
    QMap<Term::SourceKind, int> byKind;
    for (const QString& id : std::as_const(cited)) {
        const auto source = snapshot.sources.constFind(id);
        if (source != snapshot.sources.cend())
            ++byKind[source->kind];
    }
    const QList<QPair<Term::SourceKind, QString>> kinds = {
        {Term::SourceKind::Official, tr("official statistics %1")},
        {Term::SourceKind::Press, tr("press reports %1")},
        {Term::SourceKind::Article, tr("articles %1")},
        {Term::SourceKind::Estimate, tr("estimates %1")}};
    QStringList parts;
    for (const auto& [kind, text] : kinds) {
        if (byKind.value(kind) > 0)
            parts << text.arg(format.number(byKind.value(kind)));
    }
    m_sourcesLabel->setText(tr("Sources:"));
    m_sources->setText(
        parts.isEmpty() ? format.number(0)
                        : tr("%1 (%2)", "number of sources (by kind)")
                              .arg(format.number(cited.size()), parts.join(QStringLiteral(", "))));

    m_figuresLabel->setText(tr("Figures:"));
    m_figures->setText(format.number(snapshot.observations.size()));

    m_attributionTitle->setText(tr("Where the figures come from"));
    m_attribution->setAccessibleName(m_attributionTitle->text());
    m_attribution->setHtml(attributionHtml());

    m_licence->setText(
        tr("Crossings is free software: you can redistribute it and/or modify it under the terms "
           "of the GNU General Public License, version 3 or later. <a href=\"%1\">%1</a>")
            .arg(QStringLiteral(CROSSINGS_HOMEPAGE_URL)));
    m_aboutQt->setText(tr("About Qt"));
    m_close->setText(tr("Close"));
}

QString AboutDialog::attributionHtml() const
{
    const Formatter format;
    const Snapshot& snapshot = m_catalog->snapshot();

    // Per dataset: how many figures each outlet's sources give, and which sources.
    struct Tally
    {
        int figures = 0;
        QSet<QString> sources;
        QMap<QString, int> byOutlet;
    };
    QMap<Term::Dataset, Tally> tallies;
    for (const Observation& o : snapshot.observations) {
        Tally& t = tallies[o.dataset];
        ++t.figures;
        t.sources.insert(o.sourceId);
        const Source source = snapshot.sources.value(o.sourceId);
        ++t.byOutlet[source.outlet.isEmpty() ? source.id : source.outletIn(m_catalog->language())];
    }

    QString html = QStringLiteral("<p>%1</p>")
                       .arg(tr("Arrival figures are the Ministry of Unification's (통일부): its "
                               "own tables and releases, or its figures as reported by the press. "
                               "Trade figures go back to China's customs statistics (General "
                               "Administration of Customs), as reported by the press and research "
                               "institutes. Figures on where defectors go come from articles by "
                               "researchers, journalists and organisations that work with "
                               "defectors.")
                                .toHtmlEscaped());
    // The datasets in the order the window shows them.
    for (const DatasetInfo& info : Datasets::all()) {
        if (!tallies.contains(info.dataset))
            continue;
        const Tally& t = tallies[info.dataset];
        QList<QPair<QString, int>> outlets;
        for (auto it = t.byOutlet.cbegin(); it != t.byOutlet.cend(); ++it)
            outlets.append({it.key(), it.value()});
        // Most cited first; equal counts alphabetically (QMap order, kept by stable_sort).
        std::stable_sort(outlets.begin(), outlets.end(),
                         [](const auto& a, const auto& b) { return a.second > b.second; });
        // Outlet names contain commas and semicolons: a middle dot separates them.
        QStringList names;
        for (const auto& outlet : std::as_const(outlets))
            names << outlet.first.toHtmlEscaped();

        QString title;
        switch (info.dataset) {
        case Term::Dataset::Arrivals:
            title = tr("Arrivals in South Korea");
            break;
        case Term::Dataset::Trade:
            title = tr("China–North Korea trade");
            break;
        case Term::Dataset::Destinations:
            title = tr("Where defectors go");
            break;
        }
        html += QStringLiteral("<p><b>%1</b> (%2)<br>%3</p>")
                    .arg(title.toHtmlEscaped(),
                         tr("figures %1, sources %2")
                             .arg(format.number(t.figures), format.number(t.sources.size()))
                             .toHtmlEscaped(),
                         names.join(QStringLiteral(" \u00B7 ")));
    }
    html +=
        QStringLiteral("<p>%1</p>")
            .arg(tr("The source of each figure, with its title, date and address, is shown next "
                    "to the figure in the window.")
                     .toHtmlEscaped());
    return html;
}
