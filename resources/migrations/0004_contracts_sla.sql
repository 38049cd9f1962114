CREATE TABLE `contract_fee_clauses` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`contract_id` integer NOT NULL,
	`position` integer NOT NULL,
	`metric_key` text NOT NULL,
	`store_id` integer,
	`condition` text NOT NULL,
	`threshold` real NOT NULL,
	`effect` text NOT NULL,
	`amount_type` text NOT NULL,
	`amount_bps` integer,
	`amount_minor` integer,
	`note` text,
	FOREIGN KEY (`contract_id`) REFERENCES `contracts`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`store_id`) REFERENCES `stores`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `contract_fee_clauses_contract_idx` ON `contract_fee_clauses` (`contract_id`,`position`);--> statement-breakpoint
CREATE TABLE `contract_kpi_targets` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`contract_id` integer NOT NULL,
	`metric_key` text NOT NULL,
	`store_id` integer,
	`target_value` real NOT NULL,
	`target_date` text NOT NULL,
	`baseline_value` real,
	`baseline_source` text,
	`baseline_date` text,
	`baseline_import_batch_ids` text NOT NULL,
	`baseline_set_at` text,
	`baseline_set_by` text,
	`note` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`contract_id`) REFERENCES `contracts`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`store_id`) REFERENCES `stores`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `contract_kpi_targets_store_uq` ON `contract_kpi_targets` (`contract_id`,`metric_key`,`store_id`) WHERE store_id IS NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX `contract_kpi_targets_all_uq` ON `contract_kpi_targets` (`contract_id`,`metric_key`) WHERE store_id IS NULL;--> statement-breakpoint
CREATE TABLE `contract_sla_terms` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`contract_id` integer NOT NULL,
	`kind` text NOT NULL,
	`hours` real,
	`clock` text,
	`day_of_month` integer,
	`created_at` text NOT NULL,
	FOREIGN KEY (`contract_id`) REFERENCES `contracts`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `contract_sla_terms_kind_uq` ON `contract_sla_terms` (`contract_id`,`kind`);--> statement-breakpoint
CREATE TABLE `contract_stores` (
	`contract_id` integer NOT NULL,
	`store_id` integer NOT NULL,
	PRIMARY KEY(`contract_id`, `store_id`),
	FOREIGN KEY (`contract_id`) REFERENCES `contracts`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`store_id`) REFERENCES `stores`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `contract_stores_store_idx` ON `contract_stores` (`store_id`);--> statement-breakpoint
CREATE TABLE `contracts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`client_id` integer NOT NULL,
	`name` text NOT NULL,
	`tier` text NOT NULL,
	`start_date` text NOT NULL,
	`end_date` text,
	`renewal_terms` text,
	`notice_period_days` integer,
	`renewal_reminder_days` integer DEFAULT 30 NOT NULL,
	`currency` text NOT NULL,
	`base_fee_minor` integer NOT NULL,
	`commission_bps` integer NOT NULL,
	`time_zone` text NOT NULL,
	`business_hours` text,
	`exit_terms` text,
	`handover_notes` text,
	`notes` text,
	`archived_at` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `contracts_client_idx` ON `contracts` (`client_id`);--> statement-breakpoint
CREATE TABLE `fx_rates` (
	`month` text NOT NULL,
	`currency` text NOT NULL,
	`quote_currency` text NOT NULL,
	`rate` real NOT NULL,
	`updated_at` text NOT NULL,
	`updated_by` text NOT NULL,
	PRIMARY KEY(`month`, `currency`, `quote_currency`)
);
--> statement-breakpoint
CREATE TABLE `sla_item_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`item_id` integer NOT NULL,
	`at` text NOT NULL,
	`actor` text NOT NULL,
	`action` text NOT NULL,
	`note` text,
	FOREIGN KEY (`item_id`) REFERENCES `sla_items`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `sla_item_events_item_idx` ON `sla_item_events` (`item_id`);--> statement-breakpoint
CREATE TABLE `sla_items` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`contract_id` integer NOT NULL,
	`store_id` integer,
	`kind` text NOT NULL,
	`source_type` text NOT NULL,
	`alert_id` integer,
	`poa_case_id` integer,
	`month` text,
	`title` text,
	`started_at` text NOT NULL,
	`allowance_minutes` integer NOT NULL,
	`business_calendar` text,
	`due_at` text NOT NULL,
	`warn_at` text NOT NULL,
	`status` text NOT NULL,
	`pauses` text NOT NULL,
	`closed_at` text,
	`breached_at` text,
	`waived_at` text,
	`waive_reason` text,
	`breach_alert_id` integer,
	`created_at` text NOT NULL,
	FOREIGN KEY (`contract_id`) REFERENCES `contracts`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`store_id`) REFERENCES `stores`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`alert_id`) REFERENCES `alerts`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`breach_alert_id`) REFERENCES `alerts`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `sla_items_status_due_idx` ON `sla_items` (`status`,`due_at`);--> statement-breakpoint
CREATE INDEX `sla_items_contract_idx` ON `sla_items` (`contract_id`);--> statement-breakpoint
CREATE INDEX `sla_items_alert_idx` ON `sla_items` (`alert_id`);--> statement-breakpoint
CREATE INDEX `sla_items_poa_case_idx` ON `sla_items` (`poa_case_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `sla_items_month_uq` ON `sla_items` (`contract_id`,`month`) WHERE kind = 'monthly_review';