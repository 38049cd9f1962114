CREATE TABLE `credentials` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`store_id` integer NOT NULL,
	`provider` text NOT NULL,
	`name` text NOT NULL,
	`label` text,
	`keychain_account` text NOT NULL,
	`created_at` text NOT NULL,
	`last_used_at` text,
	`last_rotated_at` text,
	`rotation_reminder_on` text,
	FOREIGN KEY (`store_id`) REFERENCES `stores`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `credentials_store_provider_name_uq` ON `credentials` (`store_id`,`provider`,`name`);--> statement-breakpoint
CREATE TABLE `sync_states` (
	`store_id` integer PRIMARY KEY NOT NULL,
	`provider` text NOT NULL,
	`enabled` integer DEFAULT true NOT NULL,
	`interval_minutes` integer DEFAULT 360 NOT NULL,
	`endpoint` text,
	`last_attempt_at` text,
	`last_success_at` text,
	`last_error_at` text,
	`last_error_code` text,
	`last_error` text,
	`last_summary` text,
	`consecutive_failures` integer DEFAULT 0 NOT NULL,
	`next_run_at` text,
	FOREIGN KEY (`store_id`) REFERENCES `stores`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `sync_states_next_run_idx` ON `sync_states` (`next_run_at`);