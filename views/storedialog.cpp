// SPDX-License-Identifier: GPL-3.0-or-later
#include "storedialog.h"

#include "storage/storelocation.h"
#include "ui_storedialog.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QPushButton>

StoreDialog::StoreDialog(const QString& current, const QString& ownPath, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::StoreDialog>())
    , m_ownPath(ownPath)
{
    m_ui->setupUi(this);
    m_ui->ownPath->setText(QDir::toNativeSeparators(ownPath));
    m_ui->problem->setObjectName(QStringLiteral("problem"));
    for (auto* radio : {m_ui->own, m_ui->file, m_ui->team})
        connect(radio, &QAbstractButton::toggled, this, &StoreDialog::update);
    connect(m_ui->path, &QLineEdit::textChanged, this, &StoreDialog::update);
    connect(m_ui->uri, &QLineEdit::textChanged, this, &StoreDialog::update);
    connect(m_ui->browse, &QPushButton::clicked, this, &StoreDialog::browse);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (StoreLocation::same(current, QString()) || StoreLocation::same(current, ownPath))
        chooseOwn();
    else if (StoreLocation::isServer(current))
        chooseTeamStore(current);
    else
        chooseFile(current);
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
}

StoreDialog::~StoreDialog() = default;

void StoreDialog::chooseOwn()
{
    m_ui->own->setChecked(true);
    update();
}

void StoreDialog::chooseFile(const QString& path)
{
    m_ui->path->setText(QDir::toNativeSeparators(path));
    m_ui->file->setChecked(true);
    update();
}

void StoreDialog::chooseTeamStore(const QString& uri)
{
    m_ui->uri->setText(uri);
    m_ui->team->setChecked(true);
    update();
}

QString StoreDialog::location() const
{
    if (m_ui->file->isChecked())
        return QDir::fromNativeSeparators(m_ui->path->text().trimmed());
    if (m_ui->team->isChecked())
        return m_ui->uri->text().trimmed();
    return QString();
}

QString StoreDialog::problem() const
{
    if (m_ui->file->isChecked()) {
        const QString path = location();
        if (path.isEmpty())
            return tr("Choose a store file.");
        if (StoreLocation::isServer(path))
            return tr("This is a team store address: choose \"A team store\" for it.");
        return StoreLocation::fileProblem(path);
    }
    if (m_ui->team->isChecked()) {
        const QString uri = location();
        if (uri.isEmpty())
            return tr("Give the team store's address.");
        StoreLocation parsed;
        QString why;
        return StoreLocation::parse(uri, &parsed, &why) ? QString() : why;
    }
    return QString();
}

void StoreDialog::update()
{
    m_ui->path->setEnabled(m_ui->file->isChecked());
    m_ui->browse->setEnabled(m_ui->file->isChecked());
    m_ui->uri->setEnabled(m_ui->team->isChecked());
    const QString why = problem();
    m_ui->problem->setText(why);
    m_ui->problem->setVisible(!why.isEmpty());
    m_ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
}

void StoreDialog::browse()
{
    const QString start =
        m_ui->path->text().isEmpty() ? QFileInfo(m_ownPath).absolutePath() : m_ui->path->text();
    // An existing store, or the name of a new one (created with the bundled figures).
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Store File"), start, tr("Crossings stores (*.sqlite *.db);;All files (*)"),
        nullptr, QFileDialog::DontConfirmOverwrite);
    if (!path.isEmpty())
        chooseFile(path);
}

void StoreDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        update();
    }
    QDialog::changeEvent(event);
}
