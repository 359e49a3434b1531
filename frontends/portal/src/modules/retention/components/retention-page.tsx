import { useState } from 'react';
import { Tab, TabList, TabPanel, Tabs, type Key } from 'react-aria-components';
import { PURGE_ADMIN_ROLES, hasRole } from '../retention-roles.js';
import { PurgeCandidates } from './purge-candidates.js';
import { PurgeLog } from './purge-log.js';
import './retention.css';

export interface RetentionPageProps {
  /** The viewer's roles: the system administrator may run the purge and read the log. */
  roles: readonly string[];
  navigate: (url: string) => void;
  /** Today as ÅÅÅÅ-MM-DD; a seam for tests. */
  today?: string;
}

/** "Gallring": persons due for purging (and running the purge now), and the purge log. */
export function RetentionPage({ roles, navigate, today }: RetentionPageProps) {
  const admin = hasRole(roles, PURGE_ADMIN_ROLES);
  const [tab, setTab] = useState<Key>('att-gallra');
  return (
    <section className="retention" aria-labelledby="retention-heading">
      <h1 id="retention-heading">Gallring</h1>
      <p className="sb-muted">Personuppgifter gallras från gallringsdatumet, om personen inte har några pågående återsökningar eller överklaganden.</p>
      <Tabs selectedKey={tab} onSelectionChange={setTab} className="retention__tabs">
        <TabList aria-label="Gallring" className="retention__tablist">
          <Tab id="att-gallra" className="retention__tab">
            Att gallra
          </Tab>
          {admin && (
            <Tab id="logg" className="retention__tab">
              Gallringslogg
            </Tab>
          )}
        </TabList>
        <TabPanel id="att-gallra">
          <PurgeCandidates mayRun={admin} navigate={navigate} today={today} />
        </TabPanel>
        {admin && (
          <TabPanel id="logg">
            <PurgeLog />
          </TabPanel>
        )}
      </Tabs>
    </section>
  );
}
