// Browser notifications where the browser has them. Chrome for Android has a Notification global whose
// constructor throws ("Illegal constructor"): pages there must go through a service worker registration.

/** Whether this browser can show a notification at all (the person may still say no). */
export function notificationsSupported(): boolean {
  return typeof window !== 'undefined' && 'Notification' in window;
}

/**
 * Shows a notification if permission was granted: with the page's constructor, or through the service
 * worker where the constructor is not allowed. Never throws; resolves to whether one was shown.
 */
export async function showBrowserNotification(title: string, options: NotificationOptions): Promise<boolean> {
  if (!notificationsSupported() || Notification.permission !== 'granted') return false;
  try {
    new Notification(title, options);
    return true;
  } catch {
    const registration = await navigator.serviceWorker?.getRegistration?.().catch(() => undefined);
    if (!registration) return false;
    return registration.showNotification(title, options).then(
      () => true,
      () => false,
    );
  }
}
