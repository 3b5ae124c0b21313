// SPDX-License-Identifier: GPL-3.0-or-later
#include "citationpanel.h"

#include "storage/datasetreader.h"

#include "core/catalog.h"
#include "core/figuresources.h"
#include "core/formatter.h"
#include "core/terms.h"
#include "figurechart.h"
#include "itemmodels/roles.h"

#include <QAbstractItemModel>
#include <QClipboard>
#include <QDesktopServices>
#include <QEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QMap>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace {
QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

QColor badgeColour(Term::Status status)
{
    switch (status) {
    case Term::Status::Final:
        return QColor(0x2E, 0x7D, 0x32);
    case Term::Status::Provisional:
        return QColor(0x9A, 0x5B, 0x00);
    case Term::Status::Superseded:
        return QColor(0x5F, 0x66, 0x6D);
    case Term::Status::Erratum:
        return QColor(0xA1, 0x26, 0x2B);
    case Term::Status::Estimate:
        return QColor(0x6F, 0x42, 0xC1);
    case Term::Status::Derived:
        break;
    }
    return QColor(0x0B, 0x5C, 0xAD); // derived and anything new
}

/// A source without its address, which is shown as a link of its own.
Source withoutUrl(Source s)
{
    s.url.clear();
    return s;
}
} // namespace

CitationPanel::CitationPanel(Catalog* catalog, QWidget* parent)
    : QWidget(parent)
    , m_catalog(catalog)
    , m_heading(new QLabel(this))
    , m_browser(new QTextBrowser(this))
    , m_copy(new QPushButton(this))
{
    setObjectName(QStringLiteral("citationPanel"));
    m_heading->setWordWrap(true);
    m_browser->setOpenLinks(false);
    m_browser->setOpenExternalLinks(false);
    m_browser->setFrameShape(QFrame::NoFrame);
    m_browser->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere); // long addresses
    m_browser->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_browser->setObjectName(QStringLiteral("citations"));
    m_copy->setObjectName(QStringLiteral("copyCitation"));

    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_copy);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_heading);
    layout->addWidget(m_browser, 1);
    layout->addLayout(buttons);

    connect(m_browser, &QTextBrowser::anchorClicked, this, &CitationPanel::openLink);
    connect(m_copy, &QPushButton::clicked, this, &CitationPanel::copyCitation);
    connect(m_catalog, &Catalog::reset, this, &CitationPanel::refresh);
    retranslate();
}

void CitationPanel::setFigure(FigureChart* figure)
{
    if (m_figure)
        disconnect(m_figure, nullptr, this, nullptr);
    m_figure = figure;
    m_current = QPersistentModelIndex();
    m_claim = Claim();
    m_claimFigures.clear();
    if (m_figure) {
        connect(m_figure, &FigureChart::rebuilt, this, &CitationPanel::refresh);
        connect(m_figure, &FigureChart::changeMarksChanged, this, &CitationPanel::refresh);
    }
    refresh();
}

void CitationPanel::setCurrent(const QModelIndex& index)
{
    m_current = index;
    refresh();
}

void CitationPanel::setClaim(const Claim& claim, const QList<qint64>& figureIds)
{
    m_claim = claim;
    m_claimFigures = figureIds;
    refresh();
}

const Observation* CitationPanel::currentObservation() const
{
    if (!m_current.isValid())
        return nullptr;
    QVariant id = m_current.data(roleId(DataRole::ObservationId));
    if (!id.isValid()) {
        // The period column: the row's first figure.
        const QAbstractItemModel* model = m_current.model();
        for (int c = 0; c < model->columnCount() && !id.isValid(); ++c)
            id = model->index(m_current.row(), c).data(roleId(DataRole::ObservationId));
    }
    return id.isValid() ? m_catalog->observation(id.toLongLong()) : nullptr;
}

QString CitationPanel::badge(Term::Status status) const
{
    return QStringLiteral(
               "<span style=\"background-color:%1; color:#ffffff;\">&nbsp;%2&nbsp;</span>")
        .arg(badgeColour(status).name(), esc(Formatter().status(status)));
}

QString CitationPanel::sourceHtml(const Source& s) const
{
    const Formatter f;
    QString html = esc(f.citation(withoutUrl(s)));
    if (!s.url.isEmpty()) {
        html += QStringLiteral("<br><a href=\"%1\">%2</a>").arg(esc(s.url), esc(s.url));
        if (s.isUnconfirmed(QStringLiteral("url")))
            html += QLatin1Char(' ') + esc(tr("(address unconfirmed)"));
    }
    return html;
}

QString CitationPanel::selectionHtml(const Observation& o) const
{
    const Formatter f;
    const QLocale locale;
    QString html;
    html += QStringLiteral("<h3>%1</h3>").arg(esc(f.value(o)));
    html += QStringLiteral("<p>%1 · %2 · %3 &nbsp;%4</p>")
                .arg(esc(m_catalog->seriesName(o.dataset, o.series)),
                     esc(m_catalog->regionName(o.region)), esc(o.period.label(locale)),
                     badge(o.status));
    const Language language = m_catalog->language();
    const Source source = m_catalog->source(o.sourceId);
    html += QStringLiteral("<p><b>%1</b><br>%2</p>").arg(esc(tr("Source")), sourceHtml(source));
    if (!o.locator.isEmpty())
        html += QStringLiteral("<p><b>%1</b> %2</p>")
                    .arg(esc(tr("Where in the source:")), esc(o.locatorIn(language)));
    if (!o.compiler.isEmpty())
        html += QStringLiteral("<p><b>%1</b> %2</p>")
                    .arg(esc(tr("Compiled by:")),
                         esc(Vocabulary::compilerName(o.compiler, m_catalog->language())));
    if (o.status == Term::Status::Derived && !o.derivedFrom.isEmpty())
        html += QStringLiteral("<p><b>%1</b> %2</p>")
                    .arg(esc(tr("How it was computed:")), esc(formulaText(o)));
    if (!o.note.isEmpty())
        html +=
            QStringLiteral("<p><b>%1</b> %2</p>").arg(esc(tr("Note:")), esc(o.noteIn(language)));

    // Events dated within the figure's period (the annotations that explain it).
    QString events;
    for (const TimelineEvent& e : m_catalog->events(o.dataset)) {
        const QDate start = e.period.start().isValid() ? e.period.start() : e.period.end();
        const QDate end = e.period.end();
        if (!o.period.start().isValid() || start < o.period.start() || end > o.period.end())
            continue;
        QString item = QStringLiteral("<b>%1</b> %2")
                           .arg(esc(e.period.label(locale)), esc(e.text(m_catalog->language())));
        if (!e.note.isEmpty())
            item += QStringLiteral("<br><i>%1</i>").arg(esc(e.noteIn(language)));
        events += QStringLiteral("<li>%1</li>").arg(item);
    }
    if (!events.isEmpty())
        html +=
            QStringLiteral("<h4>%1</h4><ul>%2</ul>").arg(esc(tr("Events in this period")), events);

    const QList<Observation> all = m_catalog->sameQuantity(o);
    if (all.size() > 1) {
        html += QStringLiteral("<h4>%1</h4><ul>")
                    .arg(esc(
                        tr("Every figure reported for %1, %2 (%3)")
                            .arg(m_catalog->seriesName(o.dataset, o.series), o.period.label(locale))
                            .arg(all.size())));
        for (const Observation& a : all) {
            const Source s = m_catalog->source(a.sourceId);
            QString item = QStringLiteral("<b>%1</b> %2").arg(esc(f.value(a)), badge(a.status));
            if (a.plotted)
                item += QLatin1Char(' ') + esc(tr("(plotted)"));
            if (!a.compiler.isEmpty() && a.compiler != Vocabulary::plottedCompiler(a.dataset) &&
                !Vocabulary::plottedCompiler(a.dataset).isEmpty())
                item += QLatin1Char(' ') +
                        esc(tr("(compiled by %1, not plotted)")
                                .arg(Vocabulary::compilerName(a.compiler, m_catalog->language())));
            if (a.id == o.id)
                item += QLatin1Char(' ') + esc(tr("(selected)"));
            item += QStringLiteral(" — ") + esc(f.citation(withoutUrl(s)));
            if (!a.locator.isEmpty())
                item += QStringLiteral(", ") + esc(a.locatorIn(language));
            if (!s.url.isEmpty())
                item += QStringLiteral(" <a href=\"%1\">%2</a>").arg(esc(s.url), esc(tr("link")));
            if (!a.note.isEmpty() && a.id != o.id)
                item += QStringLiteral("<br><i>%1</i>").arg(esc(a.noteIn(language)));
            html += QStringLiteral("<li>%1</li>").arg(item);
        }
        html += QStringLiteral("</ul>");
    }
    return html;
}

QString CitationPanel::formulaText(const Observation& o) const
{
    // "Total − China's exports (the same period)", each input named by its series and period.
    DerivedFormula formula;
    QString error;
    if (!formula.parse(o.derivedFrom, &error))
        return o.derivedFrom;
    const QLocale locale;
    QString text;
    for (const DerivedFormula::Term& t : std::as_const(formula.terms)) {
        if (!text.isEmpty())
            text += t.sign < 0 ? QStringLiteral(" \u2212 ") : QStringLiteral(" + ");
        else if (t.sign < 0)
            text += QStringLiteral("\u2212");
        const Period p = t.period.isValid() ? t.period : o.period;
        text += tr("%1, %2").arg(m_catalog->seriesName(o.dataset, t.series), p.label(locale));
    }
    return tr("%1 = %2 (the plotted figures, each with its own source)")
        .arg(o.period.label(locale), text);
}

QString CitationPanel::sourcesHtml() const
{
    if (!m_figure)
        return {};
    // The figures' sources, most figures first, then the event markers' (FigureSources: the
    // order of the export's footer and the briefing pack too).
    const QList<FigureSources::Use> sources = FigureSources::of(
        m_figure->figure()->plottedObservations(), m_figure->figure()->eventSourceIds());
    QString html = QStringLiteral("<h4>%1</h4>").arg(esc(tr("Sources of the figures shown")));
    if (sources.isEmpty() || sources.constFirst().figures == 0)
        html += QStringLiteral("<p>%1</p>").arg(esc(tr("No figure is shown.")));
    html += figureSourcesHtml(sources);
    // The annotations' sources, when markers are shown, that no figure cites already.
    QStringList markers;
    for (const FigureSources::Use& use : sources)
        if (use.figures == 0)
            markers << use.id;
    if (!markers.isEmpty()) {
        html += QStringLiteral("<h4>%1</h4><ul>").arg(esc(tr("Sources of the annotations")));
        for (const QString& id : std::as_const(markers))
            html += QStringLiteral("<li>%1</li>").arg(sourceHtml(m_catalog->source(id)));
        html += QStringLiteral("</ul>");
    }
    return html;
}

QString CitationPanel::claimHtml() const
{
    const Language language = m_catalog->language();
    QString html = QStringLiteral("<p>%1</p>").arg(esc(m_claim.text(m_catalog->language())));
    html +=
        QStringLiteral("<h4>%1</h4><p>%2")
            .arg(esc(tr("Source of the claim")), sourceHtml(m_catalog->source(m_claim.sourceId)));
    if (!m_claim.locator.isEmpty())
        html += QStringLiteral("<br><b>%1</b> %2")
                    .arg(esc(tr("Where in the source:")), esc(m_claim.locatorIn(language)));
    html += QStringLiteral("</p>");
    QList<Observation> figures;
    for (qint64 id : m_claimFigures)
        if (const Observation* o = m_catalog->observation(id))
            figures << *o;
    const QList<FigureSources::Use> sources = FigureSources::of(figures, {});
    if (sources.isEmpty())
        return html;
    return html +
           QStringLiteral("<h4>%1</h4>")
               .arg(esc(tr("Sources of the figures it was checked against"))) +
           figureSourcesHtml(sources);
}

QString CitationPanel::figureSourcesHtml(const QList<FigureSources::Use>& sources) const
{
    QString html = QStringLiteral("<ul>");
    for (const FigureSources::Use& use : sources) {
        if (use.figures == 0)
            continue; // an annotation's source, listed apart
        html += QStringLiteral("<li>%1 <i>%2</i></li>")
                    .arg(sourceHtml(m_catalog->source(use.id)),
                         esc(use.figures == 1 ? tr("(1 figure)")
                                              : tr("(%1 figures)").arg(use.figures)));
    }
    return html + QStringLiteral("</ul>");
}

QString CitationPanel::claimCitation() const
{
    QString text = tr("Claim: %1").arg(m_claim.text(m_catalog->language()));
    text += QLatin1Char(' ') +
            tr("Source: %1.").arg(Formatter().citation(m_catalog->source(m_claim.sourceId)));
    if (!m_claim.locator.isEmpty())
        text += QLatin1Char(' ') +
                tr("Location in the source: %1.").arg(m_claim.locatorIn(m_catalog->language()));
    return text;
}

QString CitationPanel::changesHtml() const
{
    if (!m_figure || m_figure->changeMarks().isEmpty())
        return {};
    const ChangeMarks& marks = m_figure->changeMarks();
    QString html =
        QStringLiteral("<p><b>%1</b></p><ul>")
            .arg(esc(tr("Changed since %1 was exported (ringed in the chart):").arg(marks.file)));
    for (const QString& change : marks.all)
        html += QStringLiteral("<li>%1</li>").arg(esc(change));
    html += QStringLiteral("</ul><p><a href=\"crossings:clear-changes\">%1</a></p><hr>")
                .arg(esc(tr("Clear the marks")));
    return html;
}

void CitationPanel::refresh()
{
    QString html = changesHtml();
    if (const Observation* o = currentObservation())
        html += selectionHtml(*o) + QStringLiteral("<hr>");
    else if (m_figure)
        html += QStringLiteral("<p><i>%1</i></p>")
                    .arg(esc(tr(
                        "Select a point, bar or table row to see where its figure comes from.")));
    else if (!m_claim.id.isEmpty())
        html += claimHtml();
    else
        html += QStringLiteral("<p><i>%1</i></p>")
                    .arg(esc(tr("This page shows no figure of its own. The sources of a claim or "
                                "a conflict are in its details; the figures' sources are listed "
                                "here when a figure is shown.")));
    html += sourcesHtml();
    m_browser->setHtml(html);
    if (m_figure)
        m_heading->setText(QStringLiteral("<b>%1</b>").arg(esc(m_figure->figure()->title())));
    else
        m_heading->setText(m_claim.id.isEmpty()
                               ? QString()
                               : QStringLiteral("<b>%1</b>").arg(esc(tr("The selected claim"))));
    m_copy->setEnabled(m_figure || currentObservation() || !m_claim.id.isEmpty());
}

QString CitationPanel::citation() const
{
    const Formatter f;
    const QLocale locale;
    if (const Observation* o = currentObservation()) {
        QString text =
            tr("%1 (%2), %3: %4, %5.")
                .arg(m_catalog->seriesName(o->dataset, o->series), m_catalog->regionName(o->region),
                     o->period.label(locale), f.value(*o), f.status(o->status));
        text +=
            QLatin1Char(' ') + tr("Source: %1.").arg(f.citation(m_catalog->source(o->sourceId)));
        if (!o->locator.isEmpty())
            text += QLatin1Char(' ') +
                    tr("Location in the source: %1.").arg(o->locatorIn(m_catalog->language()));
        return text;
    }
    if (!m_figure)
        return m_claim.id.isEmpty() ? QString() : claimCitation();
    QStringList sources; // the figures' sources, in the order of the Sources list
    for (const FigureSources::Use& use : FigureSources::of(
             m_figure->figure()->plottedObservations(), m_figure->figure()->eventSourceIds()))
        if (use.figures > 0)
            sources << f.citation(m_catalog->source(use.id));
    return tr("%1. %2. Sources: %3.")
        .arg(m_figure->figure()->title(), m_figure->figure()->subtitle(),
             sources.join(QStringLiteral("; ")));
}

QString CitationPanel::text() const
{
    return m_browser->toPlainText();
}

void CitationPanel::copyCitation()
{
    const QString text = citation();
    if (text.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(text);
    emit statusMessage(tr("Citation copied to the clipboard"));
}

void CitationPanel::openLink(const QUrl& url)
{
    const QString scheme = url.scheme();
    if (scheme == QLatin1String("crossings") && url.path() == QLatin1String("clear-changes")) {
        if (m_figure)
            m_figure->setChangeMarks({});
        return;
    }
    if (scheme == QLatin1String("http") || scheme == QLatin1String("https")) {
        QDesktopServices::openUrl(url);
        emit statusMessage(tr("Opening %1").arg(url.toDisplayString()));
    }
}

void CitationPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void CitationPanel::retranslate()
{
    m_copy->setText(tr("&Copy citation"));
    m_copy->setToolTip(tr("Put a reference for the selected figure, or for the whole figure, on "
                          "the clipboard"));
    m_browser->setAccessibleName(tr("Citations"));
    m_browser->setAccessibleDescription(
        tr("Where the selected figure and the figures shown come from"));
    refresh();
}
