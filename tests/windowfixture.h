// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "application.h"
#include "catalog.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "ownsettings.h"
#include "store.h"
#include "warningcollector.h"

#include <QSettings>
#include <QStandardPaths>
#include <QTest>

#include <memory>

/// The window tests' shared set-up, written once: once per test executable (test mode, the
/// application's identity and font, the bundled data in memory, one LanguageManager, the warning
/// collector), before each test (English, empty settings, a fresh catalogue) and the window made
/// the same way. Each step returns an empty string, or what went wrong, for QVERIFY2.
struct WindowFixture
{
    Snapshot snapshot;
    std::unique_ptr<Store> store;
    std::unique_ptr<Catalog> catalog;
    std::unique_ptr<LanguageManager> language;

    QString setUp()
    {
        QStandardPaths::setTestModeEnabled(true);
        Application::setIdentity();
        Application::setApplicationFont();
        if (const QString problem = TestSupport::settingsProblem(); !problem.isEmpty())
            return problem;
        store = std::make_unique<Store>();
        if (!store->openInMemory() || !store->load(&snapshot))
            return store->errorString();
        language = std::make_unique<LanguageManager>();
        TestSupport::WarningCollector::install();
        return {};
    }

    QString reset()
    {
        if (!language->setLanguage(QStringLiteral("en")))
            return QStringLiteral("cannot switch to English");
        QSettings().clear();
        catalog = std::make_unique<Catalog>();
        catalog->setSnapshot(snapshot);
        TestSupport::WarningCollector::clear();
        return {};
    }

    /// Shown and exposed, or null.
    std::unique_ptr<MainWindow> makeWindow(const QSize& size = QSize(1280, 800)) const
    {
        auto window = std::make_unique<MainWindow>(catalog.get(), store.get(), language.get());
        window->resize(size);
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()))
            return nullptr;
        return window;
    }
};
