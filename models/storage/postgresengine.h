// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/storeengine.h"
#include "storage/storelocation.h"

/// A team store on a PostgreSQL server (Qt's QPSQL driver): its tables in the schema
/// "crossings", its data format and identity in the meta table, set up only by
/// `crossings db init|migrate` under an advisory lock, writers serialized by an advisory
/// transaction lock, and the roles crossings_reader and crossings_editor.
class PostgresEngine : public StoreEngine
{
    Q_DECLARE_TR_FUNCTIONS(Store)

public:
    explicit PostgresEngine(const QString& uri);

    /// The advisory lock keys (pg_advisory_lock(Key, …)): "CRSS".
    static constexpr int LockKey = 0x43525353;
    static constexpr int SetUpLock = 1;
    static constexpr int WriteLock = 2;

    bool connect(const QString& connection, Store::Mode mode, State* state) override;
    bool inspect(State* state) override;
    SetUp setUp(Store::Mode mode) const override;
    QString setUpRefused(const State& state) const override;
    bool lockSetUp() override;
    void unlockSetUp() override;
    QStringList schema(const QStringList& portable) const override;
    bool migrate(int from) override;
    bool beginWrite() override;
    QSqlError insertFigures(const QList<Observation>& figures, qint64 importId) override;
    bool mayWrite() const override { return m_mayWrite; }
    QString userName() const override { return m_user; }
    bool isServer() const override { return true; }
    QString describe() const override;
    Store::Error classify(const QSqlError& e) const override;
    bool setUpRoles() override;
    bool announceChange() override;
    bool watchChanges(const std::function<void()>& onChange) override;

private:
    bool readAccess();

    QString m_uri;
    StoreLocation m_location;
    bool m_mayWrite = false;
    bool m_setUpLocked = false;
    QString m_user;
};
