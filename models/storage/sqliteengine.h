// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/storeengine.h"

#include <QTemporaryDir>

/// A store in an SQLite file (or in memory): the engine of one person's store.
class SqliteEngine : public StoreEngine
{
    Q_DECLARE_TR_FUNCTIONS(Store)

public:
    explicit SqliteEngine(const QString& path);

    bool connect(const QString& connection, Store::Mode mode, State* state) override;
    bool inspect(State* state) override;
    SetUp setUp(Store::Mode mode) const override;
    QString setUpRefused(const State& state) const override;
    QStringList schema(const QStringList& portable) const override;
    bool migrate(int from) override;
    bool stampIdentity() override;
    bool beginWrite() override;
    void prepareSession() override;
    void setLargeWrite(bool on) override;
    QString userName() const override;
    bool isServer() const override { return false; }
    QString describe() const override { return m_path; }
    Store::Error classify(const QSqlError& e) const override;
    void release() override;
    void wrote() override;

private:
    bool connectTo(const QString& file, bool readOnly);
    bool openRecoveredCopy();
    bool hasColumn(const QString& table, const QString& column) const;

    QString m_path;
    State m_state;
    std::unique_ptr<QTemporaryDir>
        m_recovered; ///< a rolled-back copy read instead of a hot journal
};
