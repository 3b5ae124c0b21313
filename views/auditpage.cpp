// SPDX-License-Identifier: GPL-3.0-or-later
#include "auditpage.h"

#include "core/catalog.h"
#include "core/claimchecker.h"
#include "core/formatter.h"
#include "itemmodels/auditmodel.h"
#include "itemmodels/conflictsmodel.h"
#include "itemmodels/roles.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace {

/// Okabe–Ito colours (distinguishable with colour blindness); the verdict is always named too.
QColor verdictColour(const QString& key)
{
    if (key == QLatin1String("holds"))
        return QColor(0x00, 0x9E, 0x73);
    if (key == QLatin1String("differs"))
        return QColor(0xD5, 0x5E, 0x00);
    if (key == QLatin1String("depends"))
        return QColor(0xE6, 0x9F, 0x00);
    return QColor(0x8C, 0x8C, 0x8C);
}

/// A dot with a symbol, so that the verdict reads without colour too.
QIcon verdictIcon(const QString& key)
{
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(verdictColour(key));
    p.drawEllipse(QRectF(2, 2, 28, 28));
    QPen pen(Qt::white, 3.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    p.setPen(pen);
    p.setBrush(Qt::NoBrush);
    if (key == QLatin1String("holds")) {
        p.drawPolyline(QPolygonF({QPointF(9, 16.5), QPointF(14, 21.5), QPointF(23, 11)}));
    } else if (key == QLatin1String("differs")) {
        p.drawLine(QPointF(10.5, 10.5), QPointF(21.5, 21.5));
        p.drawLine(QPointF(21.5, 10.5), QPointF(10.5, 21.5));
    } else if (key == QLatin1String("depends")) {
        p.drawLine(QPointF(9, 13), QPointF(23, 13));
        p.drawLine(QPointF(9, 19), QPointF(23, 19));
    } else {
        p.drawLine(QPointF(9, 16), QPointF(23, 16));
    }
    return QIcon(pixmap);
}

/// Filters the claims by verdict and gives the verdict column its icon.
class ClaimsFilter : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setVerdict(const QString& key)
    {
        if (key == m_verdict)
            return;
        m_verdict = key;
        invalidateFilter();
    }

    QVariant data(const QModelIndex& index, int role) const override
    {
        if (role == Qt::DecorationRole && index.column() == AuditModel::VerdictColumn) {
            const QString key =
                QSortFilterProxyModel::data(index, roleId(DataRole::VerdictKey)).toString();
            auto it = m_icons.constFind(key);
            if (it == m_icons.constEnd())
                it = m_icons.insert(key, verdictIcon(key));
            return *it;
        }
        return QSortFilterProxyModel::data(index, role);
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex& parent) const override
    {
        if (m_verdict.isEmpty())
            return true;
        return sourceModel()->index(row, 0, parent).data(roleId(DataRole::VerdictKey)).toString() ==
               m_verdict;
    }

private:
    QString m_verdict;
    mutable QHash<QString, QIcon> m_icons;
};

/// Shades every other group of conflicting values, so that each quantity reads as one block.
class ConflictsShading : public QIdentityProxyModel
{
public:
    ConflictsShading(const QColor& shade, QObject* parent)
        : QIdentityProxyModel(parent)
        , m_shade(shade)
    {}

    QVariant data(const QModelIndex& index, int role) const override
    {
        if (role == Qt::BackgroundRole) {
            const int group = QIdentityProxyModel::data(index, roleId(DataRole::Group)).toInt();
            return group % 2 == 1 ? QVariant(m_shade) : QVariant();
        }
        if (role == Qt::FontRole &&
            QIdentityProxyModel::data(index, roleId(DataRole::Plotted)).toBool()) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return QIdentityProxyModel::data(index, role);
    }

private:
    QColor m_shade;
};

QString html(const QString& text)
{
    return text.toHtmlEscaped();
}

} // namespace

AuditPage::AuditPage(Catalog* catalog, QWidget* parent)
    : QWidget(parent)
    , m_catalog(catalog)
    , m_audit(new AuditModel(catalog, this))
    , m_conflicts(new ConflictsModel(catalog, this))
    , m_filter(new ClaimsFilter(this))
    , m_title(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_filterLabel(new QLabel(this))
    , m_verdictFilter(new QComboBox(this))
    , m_tabs(new QTabWidget(this))
    , m_claims(new QTableView(this))
    , m_details(new QTextBrowser(this))
    , m_showFigures(new QPushButton(this))
    , m_openSource(new QPushButton(this))
    , m_conflictsHint(new QLabel(this))
    , m_conflictsView(new QTableView(this))
    , m_showConflictFigure(new QPushButton(this))
{
    setObjectName(QStringLiteral("auditPage"));
    m_claims->setObjectName(QStringLiteral("claimsView"));
    m_conflictsView->setObjectName(QStringLiteral("conflictsView"));
    m_details->setObjectName(QStringLiteral("claimDetails"));
    m_verdictFilter->setObjectName(QStringLiteral("verdictFilter"));
    m_verdictFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents); // follows the language
    m_showFigures->setObjectName(QStringLiteral("showFigures"));
    m_openSource->setObjectName(QStringLiteral("openSource"));

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_summary->setWordWrap(true);

    m_filter->setSourceModel(m_audit);
    m_filter->setSortRole(roleId(DataRole::Sort));
    m_claims->setModel(m_filter);
    m_claims->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_claims->setSelectionMode(QAbstractItemView::SingleSelection);
    m_claims->setWordWrap(true);
    m_claims->setAlternatingRowColors(true);
    m_claims->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_claims->setTextElideMode(Qt::ElideNone);
    m_claims->verticalHeader()->hide();
    m_claims->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // The claim and its result share the width; the kind is in the details.
    QHeaderView* columns = m_claims->horizontalHeader();
    columns->setSectionResizeMode(QHeaderView::Interactive);
    columns->setSectionResizeMode(AuditModel::VerdictColumn, QHeaderView::ResizeToContents);
    columns->setSectionResizeMode(AuditModel::ClaimColumn, QHeaderView::Stretch);
    columns->setSectionResizeMode(AuditModel::CheckColumn, QHeaderView::Stretch);
    m_claims->setColumnHidden(AuditModel::KindColumn, true);
    m_claims->setColumnWidth(AuditModel::SourceColumn, 150);
    columns->setMinimumSectionSize(60);
    m_claims->setIconSize(QSize(16, 16));

    m_details->setOpenLinks(false);
    m_details->setMinimumHeight(120);

    auto* detailsPane = new QWidget(this);
    auto* detailsLayout = new QVBoxLayout(detailsPane);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_showFigures);
    buttons->addWidget(m_openSource);
    buttons->addStretch(1);
    detailsLayout->addLayout(buttons);
    detailsLayout->addWidget(m_details);

    auto* claimsSplit = new QSplitter(Qt::Vertical, this);
    claimsSplit->addWidget(m_claims);
    claimsSplit->addWidget(detailsPane);
    claimsSplit->setStretchFactor(0, 3);
    claimsSplit->setStretchFactor(1, 2);
    claimsSplit->setChildrenCollapsible(false);

    auto* conflictsPane = new QWidget(this);
    auto* conflictsLayout = new QVBoxLayout(conflictsPane);
    m_conflictsHint->setWordWrap(true);
    conflictsLayout->addWidget(m_conflictsHint);
    conflictsLayout->addWidget(m_conflictsView, 1);
    auto* conflictButtons = new QHBoxLayout;
    conflictButtons->addWidget(m_showConflictFigure);
    conflictButtons->addStretch(1);
    conflictsLayout->addLayout(conflictButtons);
    QColor shade = palette().color(QPalette::Highlight);
    shade.setAlpha(28);
    m_conflictsView->setModel(new ConflictsShading(shade, this));
    static_cast<ConflictsShading*>(m_conflictsView->model())->setSourceModel(m_conflicts);
    m_conflictsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_conflictsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_conflictsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_conflictsView->verticalHeader()->hide();
    m_conflictsView->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_conflictsView->horizontalHeader()->setSectionResizeMode(ConflictsModel::SourceColumn,
                                                              QHeaderView::Stretch);
    m_conflictsView->setColumnWidth(ConflictsModel::QuantityColumn, 260);
    m_conflictsView->setColumnWidth(ConflictsModel::PeriodColumn, 110);
    m_conflictsView->setColumnWidth(ConflictsModel::ValueColumn, 170);
    m_conflictsView->setColumnWidth(ConflictsModel::DifferenceColumn, 200);
    m_conflictsView->setColumnWidth(ConflictsModel::StatusColumn, 110);
    m_conflictsView->setColumnWidth(ConflictsModel::PublishedColumn, 150);

    m_tabs->addTab(claimsSplit, QString());
    m_tabs->addTab(conflictsPane, QString());

    auto* header = new QHBoxLayout;
    header->addWidget(m_title);
    header->addSpacing(12);
    header->addWidget(m_summary, 1);
    header->addWidget(m_filterLabel);
    header->addWidget(m_verdictFilter);
    m_filterLabel->setBuddy(m_verdictFilter);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_tabs, 1);

    connect(m_verdictFilter, &QComboBox::currentIndexChanged, this, [this] {
        static_cast<ClaimsFilter*>(m_filter)->setVerdict(m_verdictFilter->currentData().toString());
        updateDetails();
    });
    connect(m_claims->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AuditPage::updateDetails);
    connect(m_claims, &QTableView::doubleClicked, this, &AuditPage::requestFigures);
    connect(m_showFigures, &QPushButton::clicked, this, &AuditPage::requestFigures);
    connect(m_openSource, &QPushButton::clicked, this, &AuditPage::openSource);
    connect(m_details, &QTextBrowser::anchorClicked, this, &AuditPage::openLink);
    auto conflictFigure = [this] {
        const QModelIndex i = m_conflictsView->currentIndex();
        if (i.isValid())
            emit figuresRequested({i.data(roleId(DataRole::ObservationId)).toLongLong()});
    };
    connect(m_conflictsView, &QTableView::doubleClicked, this, conflictFigure);
    connect(m_showConflictFigure, &QPushButton::clicked, this, conflictFigure);
    connect(
        m_conflictsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this] { m_showConflictFigure->setEnabled(m_conflictsView->currentIndex().isValid()); });
    connect(m_audit, &QAbstractItemModel::modelReset, this, [this] {
        updateSummary();
        updateDetails();
    });
    connect(m_conflicts, &QAbstractItemModel::modelReset, this, &AuditPage::retranslate);

    updateIcon();
    retranslate();
    if (m_filter->rowCount() > 0)
        m_claims->setCurrentIndex(m_filter->index(0, AuditModel::ClaimColumn));
    updateDetails();
}

AuditPage::~AuditPage() = default;

void AuditPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::PaletteChange)
        updateIcon();
    QWidget::changeEvent(event);
}

void AuditPage::retranslate()
{
    m_title->setText(tr("Source audit"));
    setWindowTitle(tr("Audit"));
    m_filterLabel->setText(tr("&Show:"));
    const int current = m_verdictFilter->currentIndex();
    {
        const QSignalBlocker block(m_verdictFilter);
        m_verdictFilter->clear();
        m_verdictFilter->addItem(tr("All claims"), QString());
        for (ClaimVerdict v : {ClaimVerdict::Holds, ClaimVerdict::Differs,
                               ClaimVerdict::CannotCheck, ClaimVerdict::Mixed})
            m_verdictFilter->addItem(verdictIcon(ClaimChecker::verdictKey(v)),
                                     tr("Only: %1").arg(ClaimChecker::verdictName(v)),
                                     ClaimChecker::verdictKey(v));
        m_verdictFilter->setCurrentIndex(current < 0 ? 0 : current);
    }
    m_tabs->setTabText(0, tr("Claims (%1)").arg(m_audit->rowCount()));
    m_tabs->setTabText(1, tr("Conflicts (%1)").arg(m_conflicts->quantityCount()));
    m_claims->setAccessibleName(tr("Claims"));
    m_details->setAccessibleName(tr("How the claim was checked"));
    m_conflictsView->setAccessibleName(tr("Figures that sources report differently"));
    m_showFigures->setText(tr("Show the &figures in their chart"));
    m_openSource->setText(tr("&Open the source"));
    m_showConflictFigure->setText(tr("Show this figure in its &chart"));
    m_conflictsHint->setText(
        tr("Each block is one quantity for which sources report different values, revisions "
           "included. The plotted figure comes first, in bold; the others are compared with it."));
    m_audit->retranslate();
    m_conflicts->retranslate();
    updateSummary();
    updateDetails();
}

void AuditPage::updateSummary()
{
    m_summary->setText(m_audit->summary());
}

QList<qint64> AuditPage::currentFigures() const
{
    QList<qint64> ids;
    const QModelIndex i = m_claims->currentIndex();
    if (!i.isValid())
        return ids;
    for (const QVariant& v : i.data(roleId(DataRole::ObservationIds)).toList())
        ids.append(v.toLongLong());
    return ids;
}

Claim AuditPage::selectedClaim() const
{
    const QModelIndex i = m_claims->currentIndex();
    const ClaimResult* r = i.isValid() ? m_audit->result(m_filter->mapToSource(i).row()) : nullptr;
    return r ? r->claim : Claim();
}

QString AuditPage::currentClaim() const
{
    const QModelIndex i = m_claims->currentIndex();
    return i.isValid() ? i.data(roleId(DataRole::ClaimId)).toString() : QString();
}

bool AuditPage::selectClaim(const QString& claimId)
{
    QModelIndex source = m_audit->indexOf(claimId);
    if (!source.isValid())
        return false;
    QModelIndex proxy = m_filter->mapFromSource(source);
    if (!proxy.isValid()) {
        m_verdictFilter->setCurrentIndex(0);
        proxy = m_filter->mapFromSource(source);
    }
    showTab(0);
    m_claims->setCurrentIndex(proxy);
    m_claims->scrollTo(proxy);
    return true;
}

void AuditPage::showTab(int tab)
{
    m_tabs->setCurrentIndex(tab);
}

void AuditPage::requestFigures()
{
    const QList<qint64> ids = currentFigures();
    if (!ids.isEmpty())
        emit figuresRequested(ids);
}

QString AuditPage::sourceUrl() const
{
    const QModelIndex i = m_claims->currentIndex();
    if (!i.isValid())
        return {};
    const Source source = m_catalog->source(i.data(roleId(DataRole::SourceId)).toString());
    return source.isUnconfirmed(QStringLiteral("url")) ? QString() : source.url;
}

void AuditPage::openSource()
{
    const QString url = sourceUrl();
    if (!url.isEmpty())
        QDesktopServices::openUrl(QUrl(url));
}

void AuditPage::openLink(const QUrl& url)
{
    if (url.scheme() == QLatin1String("figures"))
        requestFigures();
    else if (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"))
        QDesktopServices::openUrl(url);
}

void AuditPage::updateIcon()
{
    // A page of claims with a check mark, in the palette's text colour.
    QPixmap pixmap(56, 56);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const QColor ink = palette().color(QPalette::WindowText);
    p.setPen(QPen(ink, 3));
    p.setBrush(Qt::NoBrush);
    p.drawRoundedRect(QRectF(8, 5, 32, 42), 4, 4);
    for (int y : {16, 25, 34})
        p.drawLine(QPointF(15, y), QPointF(32, y));
    p.setPen(Qt::NoPen);
    p.setBrush(verdictColour(QStringLiteral("holds")));
    p.drawEllipse(QRectF(28, 28, 25, 25));
    p.setPen(QPen(Qt::white, 3.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p.drawPolyline(QPolygonF({QPointF(34, 41), QPointF(39, 46), QPointF(47, 35)}));
    p.end();
    setWindowIcon(QIcon(pixmap));
}

void AuditPage::updateDetails()
{
    const QModelIndex i = m_claims->currentIndex();
    const ClaimResult* r = i.isValid() ? m_audit->result(m_filter->mapToSource(i).row()) : nullptr;
    m_showFigures->setEnabled(r && !r->observationIds().isEmpty());
    m_openSource->setEnabled(!sourceUrl().isEmpty());
    emit claimShown();
    if (!r) {
        m_details->setHtml(
            QStringLiteral("<p>%1</p>").arg(html(tr("Select a claim to see how it was checked."))));
        return;
    }
    const ClaimChecker checker(*m_catalog);
    const Claim& c = r->claim;
    const Source source = m_catalog->source(c.sourceId);
    const QString key = ClaimChecker::verdictKey(r->verdict);
    QString text = QStringLiteral("<p><b>%1</b></p>").arg(html(c.text(m_catalog->language())));
    text += QStringLiteral("<p><span style=\"color:%1\"><b>%2</b></span> &nbsp;·&nbsp; %3</p>")
                .arg(verdictColour(key).name(), html(ClaimChecker::verdictName(r->verdict)),
                     html(ClaimChecker::kindName(c.kind)));
    text += QStringLiteral("<ul>");
    for (const QString& line : checker.explain(*r).split(QLatin1Char('\n')))
        text += QStringLiteral("<li>%1</li>").arg(html(line));
    text += QStringLiteral("</ul>");

    QStringList figures;
    for (const ReadingResult& reading : r->readings) {
        for (const FigureUse& f : reading.figures) {
            const QString t = checker.figureText(f);
            if (!figures.contains(t))
                figures << t;
        }
    }
    if (!figures.isEmpty()) {
        text += QStringLiteral("<p><b>%1</b> <a href=\"figures:\">%2</a></p><ul>")
                    .arg(html(tr("Figures used:")), html(tr("show them in their chart")));
        for (const QString& f : std::as_const(figures))
            text += QStringLiteral("<li>%1</li>").arg(html(f));
        text += QStringLiteral("</ul>");
    }
    const Formatter formatter;
    const Language language = formatter.language();
    text += QStringLiteral("<p><b>%1</b> %2, %3")
                .arg(html(tr("Source:")), html(formatter.citation(source)),
                     html(c.locatorIn(language)));
    if (!source.url.isEmpty() && !source.isUnconfirmed(QStringLiteral("url")))
        text += QStringLiteral(" — <a href=\"%1\">%2</a>").arg(html(source.url), html(tr("open")));
    text += QStringLiteral("</p>");
    if (!c.note.isEmpty())
        text +=
            QStringLiteral("<p><b>%1</b> %2</p>").arg(html(tr("Note:")), html(c.noteIn(language)));
    text +=
        QStringLiteral("<p><b>%1</b> <code>%2</code></p>").arg(html(tr("Check:")), html(c.check));
    m_details->setHtml(text);
}
