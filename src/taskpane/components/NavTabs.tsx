/**
 * The pane's navigation: one row of tabs at any pane width (270-500 px). Tabs
 * that do not fit go into a "more" menu (Fluent's Overflow, as in its
 * TabList-with-overflow pattern); the selected tab is never the one hidden.
 * Badges carry the counts the core gives for each job.
 */
import {
  Button,
  CounterBadge,
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  Overflow,
  OverflowItem,
  Tab,
  TabList,
  useIsOverflowItemVisible,
  useOverflowMenu,
} from '@fluentui/react-components';
import type { Strings } from '../i18n';

export const TAB_IDS = ['status', 'check', 'targets', 'fill', 'summary', 'sheets'] as const;
export type TabId = (typeof TAB_IDS)[number];

export interface NavTabsProps {
  selected: TabId;
  onSelect(tab: TabId): void;
  /** Count shown on a tab, with what it counts (for screen readers and the tooltip). */
  badges: Partial<Record<TabId, { count: number; label: string }>>;
  t: Strings;
}

function Badge({ badge, danger }: { badge?: { count: number; label: string }; danger: boolean }) {
  if (!badge || badge.count === 0) return null;
  return (
    <CounterBadge
      size="small"
      appearance="filled"
      color={danger ? 'danger' : 'brand'}
      count={badge.count}
      overflowCount={999}
      className="tab-badge"
      title={badge.label}
    />
  );
}

function MoreItem({ id, props }: { id: TabId; props: NavTabsProps }) {
  const visible = useIsOverflowItemVisible(id);
  if (visible) return null;
  const badge = props.badges[id];
  return (
    <MenuItem data-testid={`menu-tab-${id}`} onClick={() => props.onSelect(id)}>
      {props.t.tabs[id]}
      {badge && badge.count > 0 ? ` (${badge.label})` : ''}
    </MenuItem>
  );
}

function MoreMenu(props: NavTabsProps) {
  const { ref, isOverflowing, overflowCount } = useOverflowMenu<HTMLButtonElement>();
  if (!isOverflowing) return null;
  return (
    <Menu>
      <MenuTrigger disableButtonEnhancement>
        <Button
          ref={ref}
          appearance="transparent"
          size="small"
          className="more-tabs"
          data-testid="more-tabs"
          aria-label={props.t.moreTabs(overflowCount)}
          title={props.t.moreTabs(overflowCount)}
        >
          ⋯
        </Button>
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          {TAB_IDS.map((id) => (
            <MoreItem key={id} id={id} props={props} />
          ))}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}

export function NavTabs(props: NavTabsProps) {
  const { selected, onSelect, badges, t } = props;
  return (
    <Overflow minimumVisible={2} padding={4}>
      <div className="tabs-row">
        <TabList
          selectedValue={selected}
          onTabSelect={(_, d) => onSelect(d.value as TabId)}
          aria-label={t.tabsLabel}
          size="small"
          className="tabs"
        >
          {TAB_IDS.map((id) => (
            // The selected tab outranks the rest, so it stays on the row.
            <OverflowItem key={id} id={id} priority={id === selected ? 2 : 1}>
              <Tab value={id} data-testid={`tab-${id}`} id={`tab-${id}`} aria-controls={id === selected ? 'panel' : undefined}>
                {t.tabs[id]}
                <Badge badge={badges[id]} danger={id === 'check'} />
              </Tab>
            </OverflowItem>
          ))}
        </TabList>
        <MoreMenu {...props} />
      </div>
    </Overflow>
  );
}
