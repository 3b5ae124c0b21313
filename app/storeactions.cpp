// SPDX-License-Identifier: GPL-3.0-or-later
#include "storeactions.h"

#include "core/catalog.h"
#include "storage/store.h"
#include "storage/storelocation.h"
#include "storedialog.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QMainWindow>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>

const QString StoreActions::SettingKey = QStringLiteral("database/location");

namespace {
/// How a location is opened: the user's own store and a new file are created and seeded; an
/// existing file or a team store must already be a Crossings store.
Store::Mode modeFor(const QString& location)
{
    if (location.isEmpty())
        return Store::Mode::CreateIfMissing;
    if (StoreLocation::isServer(location))
        return Store::Mode::ReadWrite;
    return QFileInfo::exists(location) ? Store::Mode::ReadWrite : Store::Mode::CreateIfMissing;
}
} // namespace

StoreActions::StoreActions(Catalog* catalog, Store* store, QWidget* window)
    : QObject(window)
    , m_catalog(catalog)
    , m_store(store)
    , m_window(window)
    , m_choose(new QAction(this))
{
    m_choose->setObjectName(QStringLiteral("storeLocationAction"));
    connect(m_choose, &QAction::triggered, this, &StoreActions::chooseStore);
    window->installEventFilter(this);
    retranslate();
}

bool StoreActions::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void StoreActions::retranslate()
{
    m_choose->setText(tr("Store &Location…"));
    m_choose->setStatusTip(
        tr("Choose where the figures are kept: your own store or a team store on a server"));
}

QString StoreActions::currentLocation() const
{
    const QString path = m_store->path();
    return StoreLocation::same(path, Store::defaultPath()) ? QString() : path;
}

bool StoreActions::switchTo(const QString& location, QString* error)
{
    const QString target = location.isEmpty() ? Store::defaultPath() : location;
    if (StoreLocation::isServer(location)) {
        StoreLocation parsed;
        if (!StoreLocation::parse(location, &parsed, error))
            return false;
    } else if (!location.isEmpty()) {
        *error = StoreLocation::fileProblem(location);
        if (!error->isEmpty())
            return false; // a chosen file's folder is never created
    }
    // First a separate connection: the new store must open and load before anything changes.
    // What it loaded is what the window then shows: the store is read once, not twice. It reads
    // what the window holds (the datasets of the pages shown so far, issue 23).
    Catalog::Held loaded;
    {
        Store trial;
        if (!trial.open(target, modeFor(location)) || !m_catalog->read(trial, &loaded)) {
            *error = trial.errorString();
            return false;
        }
    }
    const QString previous = currentLocation();
    m_store->close();
    if (!m_store->open(target, modeFor(location))) {
        *error = m_store->errorString();
        // Back to the store the window showed (it was open a moment ago).
        m_store->close();
        const QString back = previous.isEmpty() ? Store::defaultPath() : previous;
        if (m_store->open(back, modeFor(previous)))
            m_catalog->reload();
        return false;
    }
    m_catalog->take(std::move(loaded));
    QSettings().setValue(SettingKey, location);
    emit switched();
    return true;
}

void StoreActions::chooseStore()
{
    StoreDialog dialog(currentLocation(), Store::defaultPath(), m_window);
    dialog.setObjectName(QStringLiteral("storeDialog"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString location = dialog.location();
    if (location == currentLocation())
        return;
    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool ok = switchTo(location, &error);
    QApplication::restoreOverrideCursor();
    if (!ok) {
        QMessageBox::critical(m_window, tr("Store Location"),
                              tr("The window still shows %1.").arg(m_store->describe()) +
                                  QStringLiteral("\n\n") + error);
        return;
    }
    if (auto* main = qobject_cast<QMainWindow*>(m_window))
        main->statusBar()->showMessage(
            tr("Now showing the figures of %1.").arg(m_store->describe()), 8000);
}
